package dev.knaller.bench;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.NetworkInterface;

/**
 * The eight API calls of a VM start as the library makes them (version, machine, kernel, root
 * drive, NIC, InstanceStart), plus the two reads {@code knaller list} makes of a running VM.
 */
final class StartCalls {
  private static final String BOOT_ARGS =
      "console=ttyS0 reboot=k panic=1 ip=172.27.46.98::172.27.46.97:255.255.255.252:web:eth0:off:"
          + "1.1.1.1:8.8.8.8";

  private StartCalls() {}

  /** Runs the calls on {@code client}; returns something the benchmark consumes. */
  static Object run(FirecrackerClient client, VmFiles files) throws FirecrackerException {
    client.version();
    client.putMachineConfig(MachineConfiguration.of(2, 1024));
    client.putBootSource(new BootSource(files.kernel().toString(), BOOT_ARGS, null));
    client.putDrive(
        Drive.builder("rootfs", true)
            .pathOnHost(files.rootfs().toString())
            .isReadOnly(false)
            .build());
    client.putNetworkInterface(NetworkInterface.of("eth0", "kn-5d7833df", "06:00:ac:1b:2e:62"));
    client.startInstance();
    client.describeInstance();
    return client.vmConfig();
  }
}
