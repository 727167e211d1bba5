package dev.knaller.vm;

import dev.knaller.VmConfig;
import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.network.NetworkPlan;
import java.nio.file.Path;
import java.time.Duration;

/** The Firecracker API calls of a start, in the order the API requires (all before boot). */
final class FirecrackerCalls {
  static final String ROOT_DRIVE_ID = "rootfs";
  static final String NETWORK_INTERFACE_ID = "eth0";
  private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(2);

  private FirecrackerCalls() {}

  /** Sets machine, kernel, root drive (the VM's own copy) and the NIC on the namespace's TAP. */
  static void configure(
      Path socket, VmConfig config, String bootArgs, Path rootfsCopy, NetworkPlan plan)
      throws FirecrackerException {
    try (FirecrackerClient client = FirecrackerClient.open(socket)) {
      client.putMachineConfig(MachineConfiguration.of(config.vcpus(), config.memoryMib()));
      client.putBootSource(bootSource(config, bootArgs));
      client.putDrive(rootDrive(rootfsCopy));
      client.putNetworkInterface(
          NetworkInterface.of(NETWORK_INTERFACE_ID, plan.tapName(), plan.guestMac()));
    }
  }

  /** Boots the guest: InstanceStart. */
  static void boot(Path socket) throws FirecrackerException {
    try (FirecrackerClient client = FirecrackerClient.open(socket)) {
      client.startInstance();
    }
  }

  /** Asks the guest to reboot; with {@code reboot=k} that ends the Firecracker process. */
  static void sendCtrlAltDel(Path socket) throws FirecrackerException {
    try (FirecrackerClient client = quick(socket, SHORT_TIMEOUT)) {
      client.sendCtrlAltDel();
    }
  }

  /** A client that gives up after {@code timeout}: for calls that must not hang a stop or list. */
  static FirecrackerClient quick(Path socket, Duration timeout) {
    return FirecrackerClient.builder(socket).connectTimeout(timeout).readTimeout(timeout).build();
  }

  private static BootSource bootSource(VmConfig config, String bootArgs) {
    String initrd = config.initrd().map(Path::toString).orElse(null);
    return new BootSource(config.kernel().toString(), bootArgs, initrd);
  }

  private static Drive rootDrive(Path rootfsCopy) {
    return Drive.builder(ROOT_DRIVE_ID, true)
        .pathOnHost(rootfsCopy.toString())
        .isReadOnly(false)
        .build();
  }
}
