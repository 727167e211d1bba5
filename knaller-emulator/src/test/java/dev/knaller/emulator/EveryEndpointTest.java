package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each of the 38 method and path pairs of the v1.16.1 swagger succeeds where it is legal. */
class EveryEndpointTest {
  @TempDir Path dir;
  private RunningEmulator emulator;

  private void ok(String method, String path, String body) throws Exception {
    assertThat(emulator.call(method, path, body))
        .as(method + " " + path)
        .matches("(?s)HTTP/1.1 20[04] .*");
  }

  private Path file(String name) throws Exception {
    return Files.createFile(dir.resolve(name));
  }

  @Test
  void everyEndpointWorksInItsLegalState(@TempDir Path restoreDir) throws Exception {
    try (var first = RunningEmulator.start(dir, "1.16.1", Map.of(), "--enable-pci")) {
      emulator = first;
      preBoot();
      ok("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}");
      running();
      ok("PATCH", "/vm", "{\"state\":\"Paused\"}");
      ok(
          "PUT",
          "/snapshot/create",
          "{\"snapshot_type\":\"Full\",\"snapshot_path\":\""
              + dir.resolve("s")
              + "\",\"mem_file_path\":\""
              + dir.resolve("m")
              + "\"}");
      ok("PATCH", "/vm", "{\"state\":\"Resumed\"}");
    }
    try (var restored = RunningEmulator.start(restoreDir)) {
      emulator = restored;
      ok(
          "PUT",
          "/snapshot/load",
          "{\"snapshot_path\":\""
              + dir.resolve("s")
              + "\",\"mem_backend\":{\"backend_path\":\""
              + dir.resolve("m")
              + "\",\"backend_type\":\"File\"},\"vsock_override\":{\"uds_path\":\""
              + restoreDir.resolve("v.sock")
              + "\"}}");
      // The vsock socket of the first VM is still on disk, so the restore needs the override.
      assertThat(emulator.call("GET", "/", null)).contains("\"state\":\"Paused\"");
    }
  }

  private void preBoot() throws Exception {
    ok("GET", "/", null);
    ok("GET", "/version", null);
    ok("GET", "/machine-config", null);
    ok("PUT", "/logger", "{\"level\":\"debug\",\"log_path\":\"" + dir.resolve("fc.log") + "\"}");
    ok("PUT", "/metrics", "{\"metrics_path\":\"" + dir.resolve("metrics") + "\"}");
    ok("PUT", "/machine-config", "{\"vcpu_count\":2,\"mem_size_mib\":256}");
    ok("PATCH", "/machine-config", "{\"track_dirty_pages\":true}");
    ok("PUT", "/cpu-config", "{\"kvm_capabilities\":[\"!121\"]}");
    ok(
        "PUT",
        "/boot-source",
        "{\"kernel_image_path\":\"" + file("vmlinux") + "\",\"boot_args\":\"console=ttyS0\"}");
    ok(
        "PUT",
        "/drives/rootfs",
        "{\"drive_id\":\"rootfs\",\"path_on_host\":\""
            + file("rootfs")
            + "\",\"is_root_device\":true}");
    ok(
        "PUT",
        "/network-interfaces/eth0",
        "{\"iface_id\":\"eth0\",\"host_dev_name\":\"tap0\",\"guest_mac\":\"AA:FC:00:00:00:01\",\"mtu\":1500}");
    ok("PUT", "/pmem/pm0", "{\"id\":\"pm0\",\"path_on_host\":\"" + file("pmem") + "\"}");
    ok("PUT", "/vsock", "{\"guest_cid\":3,\"uds_path\":\"" + dir.resolve("v.sock") + "\"}");
    ok("PUT", "/entropy", "{}");
    ok("PUT", "/serial", "{\"serial_out_path\":\"" + dir.resolve("serial.log") + "\"}");
    ok(
        "PUT",
        "/balloon",
        "{\"amount_mib\":64,\"deflate_on_oom\":true,\"stats_polling_interval_s\":1,\"free_page_hinting\":true}");
    ok("GET", "/balloon", null);
    ok("PUT", "/hotplug/memory", "{\"total_size_mib\":1024}");
    ok("PUT", "/mmds/config", "{\"version\":\"V2\",\"network_interfaces\":[\"eth0\"]}");
    ok("PUT", "/mmds", "{\"latest\":{\"meta-data\":{\"id\":1}}}");
    ok("PATCH", "/mmds", "{\"latest\":{\"meta-data\":{\"id\":null,\"name\":\"vm\"}}}");
    assertThat(emulator.call("GET", "/mmds", null))
        .endsWith("{\"latest\":{\"meta-data\":{\"name\":\"vm\"}}}");
    ok("GET", "/vm/config", null);
  }

  private void running() throws Exception {
    ok("PUT", "/actions", "{\"action_type\":\"FlushMetrics\"}");
    ok(
        "PATCH",
        "/drives/rootfs",
        "{\"drive_id\":\"rootfs\",\"path_on_host\":\"" + file("rootfs2") + "\"}");
    ok(
        "PUT",
        "/drives/data",
        "{\"drive_id\":\"data\",\"path_on_host\":\""
            + file("data")
            + "\",\"is_root_device\":false}");
    ok("DELETE", "/drives/data", null);
    ok(
        "PATCH",
        "/network-interfaces/eth0",
        "{\"iface_id\":\"eth0\",\"rx_rate_limiter\":{\"bandwidth\":{\"size\":1000,\"refill_time\":100}}}");
    ok("PUT", "/network-interfaces/eth1", "{\"iface_id\":\"eth1\",\"host_dev_name\":\"tap1\"}");
    ok("DELETE", "/network-interfaces/eth1", null);
    ok("PATCH", "/pmem/pm0", "{\"id\":\"pm0\"}");
    ok("PUT", "/pmem/pm1", "{\"id\":\"pm1\",\"path_on_host\":\"" + file("pmem1") + "\"}");
    ok("DELETE", "/pmem/pm1", null);
    ok("PATCH", "/balloon", "{\"amount_mib\":32}");
    ok("GET", "/balloon/statistics", null);
    ok("PATCH", "/balloon/statistics", "{\"stats_polling_interval_s\":5}");
    ok("PATCH", "/balloon/hinting/start", null);
    ok("GET", "/balloon/hinting/status", null);
    ok("PATCH", "/balloon/hinting/stop", null);
    ok("GET", "/hotplug/memory", null);
    ok("PATCH", "/hotplug/memory", "{\"requested_size_mib\":512}");
    ok("PUT", "/mmds", "{}");
  }
}
