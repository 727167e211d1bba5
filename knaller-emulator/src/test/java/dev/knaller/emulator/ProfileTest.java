package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What changes between 1.7.0, 1.10.1, 1.13.1 and 1.16.1 (API-NOTES 3, 6.10). */
class ProfileTest {
  @TempDir Path dir;

  private RunningEmulator booted(String version, String... flags) throws Exception {
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    var emulator = RunningEmulator.start(dir, version, Map.of(), flags);
    emulator.call("PUT", "/boot-source", "{\"kernel_image_path\":\"" + kernel + "\"}");
    emulator.call("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}");
    return emulator;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.7.0", "1.10.1", "1.13.1", "1.16.1"})
  void eachProfileReportsItsVersion(String version) throws Exception {
    try (var emulator = RunningEmulator.start(dir, version, Map.of())) {
      assertThat(emulator.call("GET", "/version", null))
          .isEqualTo(Wire.json(200, "{\"firecracker_version\":\"" + version + "\"}"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.7.0", "1.10.1", "1.13.1"})
  void olderProfilesRefusePostBootDrivesAsAfterStart(String version) throws Exception {
    Path disk = Files.createFile(dir.resolve("disk"));
    try (var emulator = booted(version)) {
      assertThat(
              emulator.call(
                  "PUT",
                  "/drives/d",
                  "{\"drive_id\":\"d\",\"path_on_host\":\""
                      + disk
                      + "\",\"is_root_device\":false}"))
          .isEqualTo(
              Wire.fault("The requested operation is not supported after starting the microVM."));
    }
  }

  @Test
  void v116HotPlugsDrivesOnlyWithPci(@TempDir Path other) throws Exception {
    Path disk = Files.createFile(other.resolve("disk"));
    String body = "{\"drive_id\":\"d\",\"path_on_host\":\"" + disk + "\",\"is_root_device\":false}";
    try (var emulator = booted("1.16.1")) {
      assertThat(emulator.call("PUT", "/drives/d", body))
          .isEqualTo(Wire.fault("PCI is not enabled"));
    }
    // Like Firecracker, the emulator leaves its socket file behind; a relaunch must unlink it.
    Files.delete(dir.resolve("api.sock"));
    Files.delete(dir.resolve("vmlinux"));
    try (var emulator = booted("1.16.1", "--enable-pci")) {
      assertThat(emulator.call("PUT", "/drives/d", body)).isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("PUT", "/drives/d", body)).isEqualTo(Wire.fault("Device ID in use"));
      assertThat(emulator.call("DELETE", "/drives/d", null)).isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("DELETE", "/drives/d", null))
          .isEqualTo(Wire.fault("Device not found"));
    }
  }

  @Test
  void newerEndpointsAreUnknownPathsOnOlderProfiles() throws Exception {
    try (var emulator = RunningEmulator.start(dir, "1.13.1", Map.of())) {
      assertThat(emulator.call("PUT", "/serial", "{}"))
          .isEqualTo(Wire.fault("Invalid request method and/or path: PUT serial."));
      assertThat(emulator.call("PUT", "/pmem/p", "{}"))
          .isEqualTo(Wire.fault("Invalid request method and/or path: PUT pmem."));
    }
  }

  @Test
  void trackDirtyPagesOnLoadIsUnknownBeforeV113() throws Exception {
    try (var emulator = RunningEmulator.start(dir, "1.10.1", Map.of())) {
      assertThat(
              emulator.call(
                  "PUT",
                  "/snapshot/load",
                  "{\"snapshot_path\":\"/s\",\"mem_file_path\":\"/m\",\"track_dirty_pages\":true}"))
          .contains("unknown field `track_dirty_pages`, expected one of `snapshot_path`,");
    }
  }

  @Test
  void mmdsConfigGainsImdsCompatFromV113AndV1IsDeprecated(@TempDir Path other) throws Exception {
    String iface = "{\"iface_id\":\"eth0\",\"host_dev_name\":\"tap0\"}";
    String config = "{\"network_interfaces\":[\"eth0\"],\"imds_compat\":true}";
    try (var emulator = RunningEmulator.start(dir, "1.10.1", Map.of())) {
      emulator.call("PUT", "/network-interfaces/eth0", iface);
      assertThat(emulator.call("PUT", "/mmds/config", config))
          .contains("unknown field `imds_compat`");
    }
    try (var emulator = RunningEmulator.start(other, "1.13.1", Map.of())) {
      emulator.call("PUT", "/network-interfaces/eth0", iface);
      assertThat(emulator.call("PUT", "/mmds/config", config))
          .isEqualTo(Wire.deprecated(Wire.NO_CONTENT));
    }
  }
}
