package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation over the wire: serde wrapper, ranges, ids (API-NOTES 2.1, 2.4, 6.4). */
class ValidationTest {
  private static final String VCPUS =
      "Machine config error: The number of vCPUs must be greater than 0, less than 32 and must be"
          + " 1 or an even number if SMT is enabled.";
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

  private String machineConfig(String body) throws Exception {
    return emulator.call("PUT", "/machine-config", body);
  }

  @Test
  void missingVcpuCountIsWrappedWithItsPositionAndAFinalPeriod() throws Exception {
    assertThat(machineConfig("{\"mem_size_mib\": 128}"))
        .isEqualTo(Wire.serde("missing field `vcpu_count` at line 1 column 21"));
  }

  @Test
  void vcpuCountMustBeOneToThirtyTwo() throws Exception {
    assertThat(machineConfig("{\"vcpu_count\":0,\"mem_size_mib\":128}"))
        .isEqualTo(Wire.fault(VCPUS));
    assertThat(machineConfig("{\"vcpu_count\":33,\"mem_size_mib\":128}"))
        .isEqualTo(Wire.fault(VCPUS));
    assertThat(machineConfig("{\"vcpu_count\":32,\"mem_size_mib\":128}"))
        .isEqualTo(Wire.NO_CONTENT);
    assertThat(machineConfig("{\"vcpu_count\":300,\"mem_size_mib\":128}"))
        .isEqualTo(Wire.serde("invalid value: integer `300`, expected u8 at line 1 column 17"));
  }

  @Test
  void smtNeedsOneOrAnEvenCount() throws Exception {
    assertThat(machineConfig("{\"vcpu_count\":3,\"mem_size_mib\":128,\"smt\":true}"))
        .isEqualTo(Wire.fault(VCPUS));
    assertThat(machineConfig("{\"vcpu_count\":1,\"mem_size_mib\":128,\"smt\":true}"))
        .isEqualTo(Wire.NO_CONTENT);
  }

  @Test
  void memoryMustBePositiveAndFitHugePages() throws Exception {
    String memory =
        "Machine config error: The memory size (MiB) is either 0, or not a multiple of the"
            + " configured page size.";
    assertThat(machineConfig("{\"vcpu_count\":1,\"mem_size_mib\":0}"))
        .isEqualTo(Wire.fault(memory));
    assertThat(machineConfig("{\"vcpu_count\":1,\"mem_size_mib\":129,\"huge_pages\":\"2M\"}"))
        .isEqualTo(Wire.fault(memory));
    assertThat(machineConfig("{\"vcpu_count\":1,\"mem_size_mib\":1}")).isEqualTo(Wire.NO_CONTENT);
  }

  @Test
  void patchNeedsAField() throws Exception {
    assertThat(emulator.call("PATCH", "/machine-config", "{}"))
        .isEqualTo(Wire.fault("Empty PATCH request."));
    assertThat(emulator.call("PATCH", "/machine-config", "{\"vcpu_count\":2}"))
        .isEqualTo(Wire.NO_CONTENT);
    assertThat(emulator.call("GET", "/machine-config", null))
        .contains("\"vcpu_count\":2,\"mem_size_mib\":128");
  }

  @Test
  void resourceIdsAllowOnlyAlphanumericsAndUnderscores() throws Exception {
    String ids = "API Resource IDs can only contain alphanumeric characters and underscores.";
    assertThat(emulator.call("PUT", "/drives/root-fs", "{}")).isEqualTo(Wire.fault(ids));
    assertThat(emulator.call("PUT", "/drives", "{}"))
        .isEqualTo(Wire.fault("The ID cannot be empty."));
    assertThat(emulator.call("PUT", "/drives//x", "{}"))
        .isEqualTo(Wire.fault("The ID cannot be empty."));
    assertThat(emulator.call("PUT", "/network-interfaces/eth-0", "{}")).isEqualTo(Wire.fault(ids));
  }

  @Test
  void pathAndBodyIdsMustMatch() throws Exception {
    Path disk = Files.createFile(dir.resolve("disk"));
    assertThat(
            emulator.call(
                "PUT",
                "/drives/a",
                "{\"drive_id\":\"b\",\"path_on_host\":\"" + disk + "\",\"is_root_device\":false}"))
        .isEqualTo(Wire.fault("The id from the path does not match the id from the body!"));
    assertThat(
            emulator.call(
                "PUT",
                "/network-interfaces/eth0",
                "{\"iface_id\":\"eth1\",\"host_dev_name\":\"tap0\"}"))
        .isEqualTo(
            Wire.fault("The id from the path [eth0] does not match the id from the body [eth1]!"));
  }

  @Test
  void snapshotLoadNeedsExactlyOneMemorySource() throws Exception {
    assertThat(emulator.call("PUT", "/snapshot/load", "{\"snapshot_path\":\"/s\"}"))
        .isEqualTo(
            Wire.serde("missing field: either `mem_backend` or `mem_file_path` is required"));
    String both =
        "{\"snapshot_path\":\"/s\",\"mem_file_path\":\"/m\",\"mem_backend\":{\"backend_path\":\"/m\","
            + "\"backend_type\":\"File\"}}";
    assertThat(emulator.call("PUT", "/snapshot/load", both))
        .isEqualTo(
            Wire.serde(
                "too many fields: either `mem_backend` or `mem_file_path` exclusively is required"));
  }

  @Test
  void actionTypesAreAnEnum() throws Exception {
    assertThat(emulator.call("PUT", "/actions", "{\"action_type\":\"Reboot\"}"))
        .isEqualTo(
            Wire.serde(
                "unknown variant `Reboot`, expected one of `FlushMetrics`, `InstanceStart`,"
                    + " `SendCtrlAltDel` at line 1 column 23"));
  }

  @Test
  void invalidJsonIsASerdeSyntaxError() throws Exception {
    assertThat(emulator.call("PUT", "/boot-source", "not json"))
        .isEqualTo(Wire.serde("expected ident at line 1 column 2"));
  }
}
