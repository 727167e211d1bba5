package dev.knaller.vm;

import dev.knaller.VmState;
import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.model.FullVmConfiguration;
import dev.knaller.firecracker.model.InstanceInfo;
import dev.knaller.firecracker.model.MachineConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a VM's API says about it: {@code GET /} for the state and {@code GET /vm/config} for vCPUs,
 * memory and the boot arguments holding the guest address.
 *
 * @param state RUNNING, PAUSED or NOT_STARTED
 * @param vcpus from the machine config
 * @param memoryMib from the machine config
 * @param guestIp the client field of {@code ip=} in the boot arguments
 */
record ApiFacts(VmState state, OptionalInt vcpus, OptionalInt memoryMib, Optional<String> guestIp) {
  /**
   * Asks the API behind {@code socket}, giving up after {@code timeout}: a frozen Firecracker
   * accepts connections (the kernel queues them) but never answers, and must not hang a caller.
   * Returns empty when it did not answer in time or failed.
   */
  static Optional<ApiFacts> query(Path socket, Duration timeout) throws InterruptedException {
    FutureTask<ApiFacts> task = new FutureTask<>(() -> ask(socket, timeout));
    // A platform daemon thread: see VmLister for why not a virtual one.
    Thread.ofPlatform().daemon().name("knaller-query-" + socket.getFileName()).start(task);
    return await(task, timeout);
  }

  private static Optional<ApiFacts> await(Future<ApiFacts> task, Duration timeout)
      throws InterruptedException {
    try {
      return Optional.of(task.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException | ExecutionException e) {
      // Interrupting the query closes its channel (an interruptible channel), ending the read.
      task.cancel(true);
      return Optional.empty();
    }
  }

  private static ApiFacts ask(Path socket, Duration timeout) throws FirecrackerException {
    try (FirecrackerClient client = FirecrackerCalls.quick(socket, timeout)) {
      InstanceInfo instance = client.describeInstance();
      FullVmConfiguration config = client.vmConfig();
      return of(instance, config);
    }
  }

  static ApiFacts of(InstanceInfo instance, FullVmConfiguration config) {
    MachineConfiguration machine = config.machineConfig();
    return new ApiFacts(
        state(instance),
        machine == null || machine.vcpuCount() == null
            ? OptionalInt.empty()
            : OptionalInt.of(machine.vcpuCount()),
        machine == null || machine.memSizeMib() == null
            ? OptionalInt.empty()
            : OptionalInt.of(machine.memSizeMib()),
        Optional.ofNullable(config.bootSource())
            .map(boot -> boot.bootArgs() == null ? "" : boot.bootArgs())
            .flatMap(BootArgs::guestIp));
  }

  private static VmState state(InstanceInfo instance) {
    return switch (instance.state()) {
      case RUNNING -> VmState.RUNNING;
      case PAUSED -> VmState.PAUSED;
      case NOT_STARTED -> VmState.NOT_STARTED;
    };
  }
}
