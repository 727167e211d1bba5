package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host files are checked at PUT time with Rust io::Error wording (API-NOTES 2.4, 6.5). */
class HostResourceTest {
  @TempDir Path dir;

  private static String drive(String id, Path path, boolean root) {
    return "{\"drive_id\":\""
        + id
        + "\",\"path_on_host\":\""
        + path
        + "\",\"is_root_device\":"
        + root
        + "}";
  }

  @Test
  void aMissingKernelOrInitrdIsRefused() throws Exception {
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(
              emulator.call(
                  "PUT", "/boot-source", "{\"kernel_image_path\":\"" + dir.resolve("nope") + "\"}"))
          .isEqualTo(
              Wire.fault(
                  "Boot source error: The kernel file cannot be opened: No such file or directory"
                      + " (os error 2)"));
      String withInitrd =
          "{\"kernel_image_path\":\""
              + kernel
              + "\",\"initrd_path\":\""
              + dir.resolve("no-initrd")
              + "\"}";
      assertThat(emulator.call("PUT", "/boot-source", withInitrd))
          .isEqualTo(
              Wire.fault(
                  "Boot source error: The initrd file cannot be opened due to invalid path or"
                      + " invalid permissions. No such file or directory (os error 2)"));
    }
  }

  @Test
  void aMissingDriveFileIsRefusedInEachVersionsWording(@TempDir Path old) throws Exception {
    Path missing = dir.resolve("missing.ext4");
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(emulator.call("PUT", "/drives/root", drive("root", missing, true)))
          .isEqualTo(
              Wire.fault(
                  "Drive config error: Unable to create the virtio block device: Virtio backend"
                      + " error: Error manipulating the backing file: No such file or directory"
                      + " (os error 2) "
                      + missing));
    }
    try (var emulator = RunningEmulator.start(old, "1.7.0", Map.of())) {
      assertThat(emulator.call("PUT", "/drives/root", drive("root", missing, true)))
          .isEqualTo(
              Wire.fault(
                  "Drive config error: Unable to create the virtio block device:"
                      + " VirtioBackend(BackingFile(Os { code: 2, kind: NotFound, message: \"No"
                      + " such file or directory\" }, \""
                      + missing
                      + "\"))"));
    }
  }

  @Test
  void thereIsOneRootDeviceAndItComesFirst() throws Exception {
    Path a = Files.createFile(dir.resolve("a"));
    Path b = Files.createFile(dir.resolve("b"));
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(emulator.call("PUT", "/drives/data", drive("data", b, false)))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("PUT", "/drives/root", drive("root", a, true)))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("PUT", "/drives/other", drive("other", b, true)))
          .isEqualTo(Wire.fault("Drive config error: A root block device already exists!"));
      String config = emulator.call("GET", "/vm/config", null);
      assertThat(config.indexOf("\"drive_id\":\"root\""))
          .isLessThan(config.indexOf("\"drive_id\":\"data\""));
      assertThat(emulator.call("PUT", "/drives/x", "{\"drive_id\":\"x\",\"is_root_device\":false}"))
          .isEqualTo(
              Wire.fault(
                  "Drive config error: Unable to create the virtio block device: Invalid block"
                      + " config."));
    }
  }

  @Test
  void macAddressesAreUnique() throws Exception {
    try (var emulator = RunningEmulator.start(dir)) {
      String eth0 =
          "{\"iface_id\":\"eth0\",\"host_dev_name\":\"tap0\",\"guest_mac\":\"AA:FC:00:00:00:01\"}";
      String eth1 =
          "{\"iface_id\":\"eth1\",\"host_dev_name\":\"tap1\",\"guest_mac\":\"aa:fc:00:00:00:01\"}";
      assertThat(emulator.call("PUT", "/network-interfaces/eth0", eth0)).isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("PUT", "/network-interfaces/eth0", eth0)).isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("PUT", "/network-interfaces/eth1", eth1))
          .isEqualTo(
              Wire.fault(
                  "Network config error: The MAC address is already in use: aa:fc:00:00:00:01"));
    }
  }

  @Test
  void theTapCheckKnobLooksForTheDevice() throws Exception {
    try (var emulator =
        RunningEmulator.start(dir, "1.16.1", Map.of("KNALLER_EMULATOR_TAP_CHECK", "on"))) {
      assertThat(
              emulator.call(
                  "PUT",
                  "/network-interfaces/eth0",
                  "{\"iface_id\":\"eth0\",\"host_dev_name\":\"lo\"}"))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(
              emulator.call(
                  "PUT",
                  "/network-interfaces/eth1",
                  "{\"iface_id\":\"eth1\",\"host_dev_name\":\"kn-absent9\"}"))
          .contains(
              "Network config error: Could not create the network device: Open tap device failed:"
                  + " Error while creating ifreq structure: ")
          .contains("Invalid TUN/TAP Backend provided by kn-absent9.");
    }
  }

  @Test
  void vsockBindsARealSocketAndRefusesAnExistingPath(@TempDir Path second) throws Exception {
    Path uds = dir.resolve("v.sock");
    String body = "{\"guest_cid\":3,\"uds_path\":\"" + uds + "\"}";
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(emulator.call("PUT", "/vsock", body)).isEqualTo(Wire.NO_CONTENT);
      assertThat(uds).exists();
      // An upsert unlinks the previous path first, so the same path binds again.
      assertThat(emulator.call("PUT", "/vsock", body)).isEqualTo(Wire.NO_CONTENT);
    }
    Path taken = Files.createFile(dir.resolve("taken.sock"));
    try (var emulator = RunningEmulator.start(second)) {
      assertThat(emulator.call("PUT", "/vsock", "{\"guest_cid\":3,\"uds_path\":\"" + taken + "\"}"))
          .isEqualTo(
              Wire.fault(
                  "Vsock config error: Cannot create backend for vsock device: Error binding to the"
                      + " host-side Unix socket: Address already in use (os error 98)"));
    }
  }

  @Test
  void loggerAndMetricsFilesMustExistUpToV113(@TempDir Path newer) throws Exception {
    Path log = dir.resolve("fc.log");
    try (var emulator = RunningEmulator.start(dir, "1.13.1", Map.of())) {
      assertThat(emulator.call("PUT", "/logger", "{\"log_path\":\"" + log + "\"}"))
          .contains("Logger error: ")
          .contains("No such file or directory (os error 2)");
      Files.createFile(log);
      assertThat(emulator.call("PUT", "/logger", "{\"log_path\":\"" + log + "\"}"))
          .isEqualTo(Wire.NO_CONTENT);
    }
    try (var emulator = RunningEmulator.start(newer)) {
      Path metrics = newer.resolve("metrics.json");
      String body = "{\"metrics_path\":\"" + metrics + "\",\"unknown\":1}";
      assertThat(emulator.call("PUT", "/metrics", body)).isEqualTo(Wire.NO_CONTENT);
      assertThat(metrics).exists();
      assertThat(emulator.call("PUT", "/metrics", body))
          .isEqualTo(
              Wire.fault(
                  "Metrics error: Cannot initialize the metrics system due to bad user input:"
                      + " Reinitialization of metrics not allowed."));
    }
  }
}
