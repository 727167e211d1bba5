package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API behaviours the emulator has no knob for, driven by {@code fake-firecracker.py} (a test
 * double): a socket that exists before it listens, and 400 faults during configure and boot.
 */
class ApiFaultsIT {
  @TempDir Path directory;
  private EndToEnd e2e;
  private Path fake;

  @AfterEach
  void killLeftovers() throws Exception {
    if (e2e != null) {
      e2e.killLeftovers();
    }
  }

  @BeforeEach
  void prepare() throws Exception {
    e2e = EndToEnd.prepare(directory);
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs /usr/bin/python3");
    fake = directory.resolve("fake-firecracker");
    try (InputStream script = getClass().getResourceAsStream("/fake-firecracker.py")) {
      Files.copy(script, fake);
    }
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void aSocketThatListensLateIsWaitedForAndConfiguredOnce() throws Exception {
    Path log = directory.resolve("requests");
    e2e.with("FAKE_FC_MODE", "slow-listen").with("FAKE_FC_LOG", log.toString());

    CliProcess start = e2e.startRunning("e2e-late", "--firecracker", fake.toString());

    assertThat(start.stderr()).doesNotContainIgnoringCase("connection refused");
    List<String> requests = Files.readAllLines(log);
    assertThat(requests).containsOnlyOnce("PUT /boot-source");
    assertThat(e2e.run("stop", "--name", "e2e-late").awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    start.awaitExit(Duration.ofSeconds(30));
    e2e.assertNothingLeft("e2e-late");
  }

  @Test
  void aNetworkInterfaceFaultIsQuotedByteForByteAndEverythingIsEnded() throws Exception {
    e2e.with("FAKE_FC_MODE", "nic-busy");

    CliProcess start = e2e.launch(e2e.startArgs("e2e-nic", "--firecracker", fake.toString()));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .contains("step 'configure the VM'")
        .contains("PUT /network-interfaces/eth0")
        .contains("400")
        .contains(
            "Could not create the network device: tap open failed: resource busy (os error 16)");
    e2e.assertNothingLeft("e2e-nic");
  }

  @Test
  void aBootFaultFailsTheBootStepAndTheFakeIsTerminated() throws Exception {
    e2e.with("FAKE_FC_MODE", "boot-denied");

    CliProcess start = e2e.launch(e2e.startArgs("e2e-kvm", "--firecracker", fake.toString()));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .contains("step 'boot'")
        .contains("Cannot open /dev/kvm: permission denied (os error 13)");
    e2e.assertNothingLeft("e2e-kvm");
  }
}
