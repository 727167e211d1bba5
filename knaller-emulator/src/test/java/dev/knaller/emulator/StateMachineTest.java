package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-boot, running and paused, with Firecracker's refusal texts (API-NOTES 2.2, 6.3). */
class StateMachineTest {
  private static final String BEFORE =
      "The requested operation is not supported before starting the microVM.";
  private static final String AFTER =
      "The requested operation is not supported after starting the microVM.";
  @TempDir Path dir;

  private Path kernel() throws Exception {
    Path kernel = dir.resolve("vmlinux");
    return Files.exists(kernel) ? kernel : Files.createFile(kernel);
  }

  private void boot(RunningEmulator emulator) throws Exception {
    assertThat(emulator.call("PUT", "/boot-source", "{\"kernel_image_path\":\"" + kernel() + "\"}"))
        .isEqualTo(Wire.NO_CONTENT);
    assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}"))
        .isEqualTo(Wire.NO_CONTENT);
  }

  private static String state(RunningEmulator emulator) throws Exception {
    String info = emulator.call("GET", "/", null);
    return info.substring(info.indexOf("\"state\":\"") + 9, info.indexOf("\",\"vmm_version\""));
  }

  @Test
  void runtimeActionsAreRefusedBeforeBoot() throws Exception {
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"FlushMetrics\"}"))
          .isEqualTo(Wire.fault(BEFORE));
      assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"SendCtrlAltDel\"}"))
          .isEqualTo(Wire.fault(BEFORE));
      assertThat(
              emulator.call(
                  "PUT", "/snapshot/create", "{\"snapshot_path\":\"/s\",\"mem_file_path\":\"/m\"}"))
          .isEqualTo(Wire.fault(BEFORE));
      assertThat(emulator.call("PATCH", "/drives/a", "{\"drive_id\":\"a\"}"))
          .isEqualTo(Wire.fault(BEFORE));
    }
  }

  @Test
  void instanceStartNeedsAKernelAndIsNotFatal() throws Exception {
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}"))
          .isEqualTo(
              Wire.fault(
                  "Start microvm error: Cannot start microvm without kernel configuration."));
      assertThat(state(emulator)).isEqualTo("Not started");
      boot(emulator);
      assertThat(state(emulator)).isEqualTo("Running");
    }
  }

  @Test
  void instanceStartRunsOnceAndBootResourcesLockAfterBoot() throws Exception {
    try (var emulator = RunningEmulator.start(dir)) {
      boot(emulator);
      assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}"))
          .isEqualTo(Wire.fault(AFTER));
      assertThat(
              emulator.call("PUT", "/boot-source", "{\"kernel_image_path\":\"" + kernel() + "\"}"))
          .isEqualTo(Wire.fault(AFTER));
      assertThat(emulator.call("PUT", "/machine-config", "{\"vcpu_count\":1,\"mem_size_mib\":64}"))
          .isEqualTo(Wire.fault(AFTER));
      assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"FlushMetrics\"}"))
          .isEqualTo(Wire.NO_CONTENT);
    }
  }

  @Test
  void pauseAndResumeAreIdempotent() throws Exception {
    try (var emulator = RunningEmulator.start(dir)) {
      boot(emulator);
      assertThat(emulator.call("PATCH", "/vm", "{\"state\":\"Resumed\"}"))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("PATCH", "/vm", "{\"state\":\"Paused\"}"))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(emulator.call("PATCH", "/vm", "{\"state\":\"Paused\"}"))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(state(emulator)).isEqualTo("Paused");
      assertThat(emulator.call("PATCH", "/vm", "{\"state\":\"Resumed\"}"))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(state(emulator)).isEqualTo("Running");
    }
  }

  @Test
  void snapshotsAreCreatedOnlyWhilePausedAndLoadIntoAFreshProcess(@TempDir Path second)
      throws Exception {
    Path state = dir.resolve("vm.snap");
    Path memory = dir.resolve("vm.mem");
    String create = "{\"snapshot_path\":\"" + state + "\",\"mem_file_path\":\"" + memory + "\"}";
    try (var emulator = RunningEmulator.start(dir)) {
      emulator.call(
          "PUT",
          "/machine-config",
          "{\"vcpu_count\":2,\"mem_size_mib\":64,\"smt\":true,\"cpu_template\":\"T2\"}");
      boot(emulator);
      assertThat(emulator.call("PUT", "/snapshot/create", create))
          .isEqualTo(
              Wire.fault(
                  "Create snapshot error: Cannot save the microVM state: Operation not allowed:"
                      + " save/restore unavailable while running"));
      emulator.call("PATCH", "/vm", "{\"state\":\"Paused\"}");
      assertThat(emulator.call("PUT", "/snapshot/create", create)).isEqualTo(Wire.NO_CONTENT);
    }
    assertThat(Files.size(memory)).isEqualTo(64L << 20);
    String load =
        "{\"snapshot_path\":\""
            + state
            + "\",\"mem_backend\":{\"backend_path\":\""
            + memory
            + "\",\"backend_type\":\"File\"},\"resume_vm\":true}";
    try (var restored = RunningEmulator.start(second)) {
      assertThat(restored.call("PUT", "/snapshot/load", load)).isEqualTo(Wire.NO_CONTENT);
      assertThat(state(restored)).isEqualTo("Running");
      // Restored: vCPUs and memory come back, SMT and the CPU template do not (API-NOTES 2.3).
      assertThat(restored.call("GET", "/machine-config", null))
          .contains("\"vcpu_count\":2,\"mem_size_mib\":64,\"smt\":false,")
          .doesNotContain("cpu_template");
    }
  }

  @Test
  void aSnapshotKeepsPmemAndHotplugMemory(@TempDir Path second) throws Exception {
    Path state = dir.resolve("vm.snap");
    Path memory = dir.resolve("vm.mem");
    Path pmem = Files.createFile(dir.resolve("pmem.img"));
    try (var emulator = RunningEmulator.start(dir, "1.16.1", Map.of(), "--enable-pci")) {
      emulator.call("PUT", "/pmem/pm0", "{\"id\":\"pm0\",\"path_on_host\":\"" + pmem + "\"}");
      emulator.call("PUT", "/hotplug/memory", "{\"total_size_mib\":1024}");
      boot(emulator);
      emulator.call("PATCH", "/vm", "{\"state\":\"Paused\"}");
      emulator.call(
          "PUT",
          "/snapshot/create",
          "{\"snapshot_path\":\"" + state + "\",\"mem_file_path\":\"" + memory + "\"}");
    }
    String load = "{\"snapshot_path\":\"" + state + "\",\"mem_file_path\":\"" + memory + "\"}";
    try (var restored = RunningEmulator.start(second, "1.16.1", Map.of(), "--enable-pci")) {
      restored.call("PUT", "/snapshot/load", load);

      assertThat(restored.call("PATCH", "/pmem/pm0", "{\"id\":\"pm0\"}"))
          .isEqualTo(Wire.NO_CONTENT);
      assertThat(restored.call("GET", "/hotplug/memory", null)).contains("\"total_size_mib\":1024");
      assertThat(restored.call("GET", "/vm/config", null)).contains("\"pmem\":[{\"id\":\"pm0\"");
    }
  }

  @Test
  void snapshotLoadIsRefusedAfterABootPathResource() throws Exception {
    try (var emulator = RunningEmulator.start(dir)) {
      emulator.call("PUT", "/logger", "{\"level\":\"Info\"}");
      emulator.call("PUT", "/mmds", "{\"a\":1}");
      emulator.call("PUT", "/machine-config", "{\"vcpu_count\":1,\"mem_size_mib\":64}");
      assertThat(
              emulator.call(
                  "PUT", "/snapshot/load", "{\"snapshot_path\":\"/s\",\"mem_file_path\":\"/m\"}"))
          .isEqualTo(
              Wire.deprecated(
                  Wire.fault(
                      "Load snapshot error: Loading a microVM snapshot not allowed after"
                          + " configuring boot-specific resources.")));
      assertThat(emulator.exited()).isFalse();
    }
  }

  @Test
  void aFailedRestoreAnswersThenExitsOne() throws Exception {
    var emulator = RunningEmulator.start(dir);
    String load = "{\"snapshot_path\":\"" + dir.resolve("missing") + "\",\"mem_file_path\":\"/m\"}";
    assertThat(emulator.call("PUT", "/snapshot/load", load))
        .contains(
            "Load snapshot error: Failed to restore from snapshot: Failed to get snapshot state from"
                + " file: Failed to open snapshot file: No such file or directory (os error 2)");
    assertThat(emulator.awaitExit(Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(Files.exists(emulator.socket())).isTrue();
  }

  @Test
  void ctrlAltDelMakesTheSimulatedGuestRebootAndTheProcessExitZero() throws Exception {
    var knobs = Map.of("KNALLER_EMULATOR_CTRL_ALT_DEL_DELAY_MS", "10");
    var emulator = RunningEmulator.start(dir, "1.16.1", knobs);
    boot(emulator);
    assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"SendCtrlAltDel\"}"))
        .isEqualTo(Wire.NO_CONTENT);
    assertThat(emulator.awaitExit(Duration.ofSeconds(5))).isZero();
    assertThat(Files.exists(emulator.socket())).isTrue();
  }

  @Test
  void aPausedGuestRebootsOnlyAfterResume() throws Exception {
    var knobs = Map.of("KNALLER_EMULATOR_CTRL_ALT_DEL_DELAY_MS", "0");
    var emulator = RunningEmulator.start(dir, "1.16.1", knobs);
    boot(emulator);
    emulator.call("PATCH", "/vm", "{\"state\":\"Paused\"}");
    emulator.call("PUT", "/actions", "{\"action_type\":\"SendCtrlAltDel\"}");
    assertThat(state(emulator)).isEqualTo("Paused");
    assertThat(emulator.exited()).isFalse();
    emulator.call("PATCH", "/vm", "{\"state\":\"Resumed\"}");
    assertThat(emulator.awaitExit(Duration.ofSeconds(5))).isZero();
  }

  @Test
  void anIgnoredCtrlAltDelLeavesTheVmRunning() throws Exception {
    var knobs =
        Map.of(
            "KNALLER_EMULATOR_CTRL_ALT_DEL",
            "ignore",
            "KNALLER_EMULATOR_CTRL_ALT_DEL_DELAY_MS",
            "0");
    try (var emulator = RunningEmulator.start(dir, "1.16.1", knobs)) {
      boot(emulator);
      emulator.call("PUT", "/actions", "{\"action_type\":\"SendCtrlAltDel\"}");
      assertThat(state(emulator)).isEqualTo("Running");
      assertThat(emulator.exited()).isFalse();
    }
  }
}
