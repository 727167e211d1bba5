package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceleratorTest {
  @TempDir Path dir;

  @Test
  void aMissingDeviceMeansTcg() {
    assertThat(Accelerator.probe(dir.resolve("kvm"))).isEqualTo(Accelerator.TCG);
  }

  @Test
  void aDeviceThisProcessMayOpenReadWriteMeansKvm() throws Exception {
    Path device = Files.createFile(dir.resolve("kvm"));

    assertThat(Accelerator.probe(device)).isEqualTo(Accelerator.KVM);
  }

  @Test
  void aReadOnlyDeviceMeansTcg() throws Exception {
    Path device = Files.createFile(dir.resolve("kvm"));
    Files.setPosixFilePermissions(device, PosixFilePermissions.fromString("r--r--r--"));
    // root may open anything, so this check only means something for a normal user
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(device), "running as root");

    assertThat(Accelerator.probe(device)).isEqualTo(Accelerator.TCG);
  }
}
