package dev.knaller.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.network.ToolFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 end to end on a real Debian guest: the CLI with real pasta and the emulator's QEMU
 * backend as {@code firecracker}. Two boots (each tens of seconds under TCG): one ends with {@code
 * knaller stop}, one with Ctrl+C; every other step runs on the first.
 */
class QemuGuestIT {
  @TempDir Path directory;
  private EndToEnd e2e;

  @BeforeEach
  void prepare() throws Exception {
    e2e = EndToEnd.prepare(directory);
    assumeTrue(
        ToolFinder.system().find("qemu-system-x86_64").isPresent(),
        "qemu-system-x86_64 is not installed (package qemu-system-x86)");
    assumeTrue(
        ToolFinder.system().find("ssh").isPresent(), "ssh is not installed (openssh-client)");
    GuestImage.buildOrReuse(e2e.root).installInto(e2e.dataDirectory());
    e2e.with("KNALLER_EMULATOR_BACKEND", "qemu");
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
    GuestScenario.start(e2e, "e2e", e2e.emulator, directory, true).proveEveryStepEndingWithStop();
  }

  @Test
  void ctrlCOnTheForegroundStartShutsTheGuestDown() throws Exception {
    GuestScenario.start(e2e, "e2e-int", e2e.emulator, directory, false).proveCtrlCEndsIt();
  }
}
