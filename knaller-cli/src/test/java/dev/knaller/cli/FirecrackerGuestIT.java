package dev.knaller.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scenario as {@link QemuGuestIT} against a real Firecracker: runs only where /dev/kvm
 * opens read-write and {@code KNALLER_TEST_FIRECRACKER} names the binary.
 */
class FirecrackerGuestIT {
  static final String BINARY_VARIABLE = "KNALLER_TEST_FIRECRACKER";

  @TempDir Path directory;
  private EndToEnd e2e;
  private Path firecracker;

  @BeforeEach
  void prepare() throws Exception {
    assumeTrue(
        kvmOpensReadWrite(),
        "/dev/kvm does not open read-write here (no KVM, or the user is not in group kvm)");
    String binary = System.getenv().getOrDefault(BINARY_VARIABLE, "");
    assumeTrue(
        !binary.isEmpty() && Files.isExecutable(Path.of(binary)),
        "set " + BINARY_VARIABLE + " to a firecracker binary to run this test");
    firecracker = Path.of(binary);
    e2e = EndToEnd.prepare(directory);
    GuestImage.buildOrReuse(e2e.root).installInto(e2e.dataDirectory());
  }

  @AfterEach
  void killLeftovers() throws Exception {
    if (e2e != null) {
      e2e.killLeftovers();
      GuestImage.uninstallFrom(e2e.dataDirectory());
    }
  }

  @Test
  void startSshNetworkListAndStop() throws Exception {
    GuestScenario.start(e2e, "e2e-fc", firecracker, directory, true).proveEveryStepEndingWithStop();
  }

  @Test
  void ctrlCOnTheForegroundStartShutsTheGuestDown() throws Exception {
    GuestScenario.start(e2e, "e2e-fc-int", firecracker, directory, false).proveCtrlCEndsIt();
  }

  private static boolean kvmOpensReadWrite() {
    try (FileChannel kvm =
        FileChannel.open(Path.of("/dev/kvm"), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      return kvm.isOpen();
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
