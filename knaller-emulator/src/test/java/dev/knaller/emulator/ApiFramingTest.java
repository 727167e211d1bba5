package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-exact framing over a real Unix socket (API-NOTES 6.1). */
class ApiFramingTest {
  @TempDir Path dir;
  private RunningEmulator emulator;

  @BeforeEach
  void start() throws Exception {
    emulator = RunningEmulator.start(dir);
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
  }

  @Test
  void instanceInfoIsCompactJsonWithAllHeaders() throws Exception {
    assertThat(emulator.call("GET", "/", null))
        .isEqualTo(
            Wire.json(
                200,
                "{\"id\":\"anonymous-instance\",\"state\":\"Not started\",\"vmm_version\":\"1.16.1\","
                    + "\"app_name\":\"Firecracker\"}"));
  }

  @Test
  void versionHasNoLeadingV() throws Exception {
    assertThat(emulator.call("GET", "/version", null))
        .isEqualTo(Wire.json(200, "{\"firecracker_version\":\"1.16.1\"}"));
  }

  @Test
  void successfulPutIsA204WithoutBodyHeaders() throws Exception {
    assertThat(emulator.call("PUT", "/machine-config", "{\"vcpu_count\":2,\"mem_size_mib\":256}"))
        .isEqualTo(Wire.NO_CONTENT);
  }

  @Test
  void faultsAreFaultMessage400s() throws Exception {
    assertThat(emulator.call("PATCH", "/vm", "{\"state\":\"Paused\"}"))
        .isEqualTo(
            Wire.fault("The requested operation is not supported before starting the microVM."));
  }

  @Test
  void http10RequestsGetHttp11AndConnectionCloseIsIgnored() throws Exception {
    try (var connection = emulator.connect()) {
      connection.send("GET /version HTTP/1.0\r\nConnection: close\r\n\r\n");
      assertThat(connection.readResponse()).startsWith("HTTP/1.1 200 \r\n");
      connection.send("GET /version HTTP/1.1\r\n\r\n");
      assertThat(connection.readResponse()).startsWith("HTTP/1.1 200 \r\n");
    }
  }

  @Test
  void cpuTemplateAddsDeprecationEvenOnErrors() throws Exception {
    String ok =
        emulator.call(
            "PUT",
            "/machine-config",
            "{\"vcpu_count\":2,\"mem_size_mib\":256,\"cpu_template\":\"T2\"}");
    assertThat(ok)
        .isEqualTo(Wire.NO_CONTENT.replace("alive\r\n\r\n", "alive\r\nDeprecation: true\r\n\r\n"));
    String failed =
        emulator.call(
            "PUT",
            "/machine-config",
            "{\"vcpu_count\":0,\"mem_size_mib\":256,\"cpu_template\":\"T2\"}");
    assertThat(failed).contains("\r\nDeprecation: true\r\nContent-Type: application/json\r\n");
  }

  @Test
  void machineConfigKeepsTheCpuTemplateAcrossAPutWithoutOne() throws Exception {
    emulator.call(
        "PUT",
        "/machine-config",
        "{\"vcpu_count\":2,\"mem_size_mib\":256,\"cpu_template\":\"T2\",\"smt\":true}");
    emulator.call("PUT", "/machine-config", "{\"vcpu_count\":4,\"mem_size_mib\":512}");
    assertThat(emulator.call("GET", "/machine-config", null))
        .endsWith(
            "{\"vcpu_count\":4,\"mem_size_mib\":512,\"smt\":false,\"cpu_template\":\"T2\","
                + "\"track_dirty_pages\":false,\"huge_pages\":\"None\"}");
  }

  @Test
  void vmConfigShowsNullsForUnsetSectionsAndDriveDefaults() throws Exception {
    var rootfs = dir.resolve("rootfs.ext4");
    java.nio.file.Files.createFile(rootfs);
    emulator.call(
        "PUT",
        "/drives/rootfs",
        "{\"drive_id\":\"rootfs\",\"path_on_host\":\"" + rootfs + "\",\"is_root_device\":true}");
    assertThat(emulator.call("GET", "/vm/config", null))
        .endsWith(
            "{\"balloon\":null,\"drives\":[{\"drive_id\":\"rootfs\",\"partuuid\":null,"
                + "\"is_root_device\":true,\"cache_type\":\"Unsafe\",\"is_read_only\":false,"
                + "\"path_on_host\":\""
                + rootfs
                + "\",\"rate_limiter\":null,\"io_engine\":\"Sync\",\"socket\":null}],"
                + "\"boot-source\":{\"kernel_image_path\":\"\",\"initrd_path\":null,"
                + "\"boot_args\":null},\"cpu-config\":null,\"logger\":null,"
                + "\"machine-config\":{\"vcpu_count\":1,\"mem_size_mib\":128,\"smt\":false,"
                + "\"track_dirty_pages\":false,\"huge_pages\":\"None\"},\"metrics\":null,"
                + "\"memory-hotplug\":null,\"mmds-config\":null,\"network-interfaces\":[],"
                + "\"pmem\":[],\"vsock\":null,\"entropy\":null}");
  }
}
