package dev.knaller;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What {@link Knaller#list()} knows about one VM, rebuilt from its API socket, {@code GET
 * /vm/config} and the process table. Facts that could not be learnt (the API did not answer, the
 * process is gone) are empty.
 *
 * @param name the VM name, from the socket file name
 * @param state what the socket and the process table say
 * @param vcpus from {@code GET /vm/config}
 * @param memoryMib from {@code GET /vm/config}
 * @param guestIp from the {@code ip=} kernel argument in {@code GET /vm/config}
 * @param sshHostPort the 127.0.0.1 port pasta forwards to the guest's port 22, from pasta's argv
 * @param pid the Firecracker process
 * @param startedAt when the Firecracker process started
 * @param socketPath the API socket
 */
public record VmInfo(
    String name,
    VmState state,
    OptionalInt vcpus,
    OptionalInt memoryMib,
    Optional<String> guestIp,
    OptionalInt sshHostPort,
    OptionalLong pid,
    Optional<Instant> startedAt,
    Path socketPath) {}
