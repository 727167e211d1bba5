package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Starts that fail at a given step: exit 1, the step named, nothing left behind. */
class StartFailuresIT extends EndToEndTestBase {
  @Test
  void anEmulatorCrashingAtLaunchFailsTheStartWithItsStderr() throws Exception {
    e2e.with("KNALLER_EMULATOR_CRASH_EXIT", "1")
        .with(
            "KNALLER_EMULATOR_CRASH_STDERR",
            "Cannot open /dev/kvm: permission denied (os error 13)");

    CliProcess start = e2e.launch(e2e.startArgs("e2e-crash"));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .contains("vm e2e-crash failed to start at step 'wait for the API socket'")
        .contains("exited with status 1 before the API socket")
        .contains("child stderr (last lines):")
        .contains("Cannot open /dev/kvm: permission denied (os error 13)");
    e2e.assertNothingLeft("e2e-crash");
  }

  @Test
  void firecrackerDyingBeforeItsSocketExistsIsReportedAtOnceWithStatusAndStderr() throws Exception {
    Path dying =
        script(
            "firecracker",
            "case \"$1\" in --version) echo 'Firecracker v1.16.1'; exit 0 ;; esac",
            "echo 'Error: Cannot open /dev/kvm: permission denied (os error 13)' >&2",
            "exit 1");

    CliProcess start = e2e.launch(e2e.startArgs("e2e-dies", "--firecracker", dying.toString()));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .contains("vm e2e-dies failed to start at step 'wait for the API socket'")
        .contains("exited with status 1 before the API socket")
        .contains("child stderr (last lines):")
        .contains("Cannot open /dev/kvm: permission denied (os error 13)")
        .contains("kvm group");
    e2e.assertNothingLeft("e2e-dies");
  }

  @Test
  void aSocketPathOverTheUnixLimitIsRefusedBeforeAnythingIsCreated() throws Exception {
    Path deep = Files.createDirectories(directory.resolve("d".repeat(60)).resolve("e".repeat(40)));
    e2e.with("XDG_DATA_HOME", deep.toString());

    CliProcess start = e2e.launch(e2e.startArgs("a-name-of-thirty-two-characters"));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr()).contains("step 'validate'").contains("at most 107 bytes");
    assertThat(deep.resolve("knaller")).doesNotExist();
  }

  @Test
  void aFirecrackerWithoutAVersionFailsTheVersionStep() throws Exception {
    Path broken = script("firecracker", "echo 'no idea' >&2", "exit 3");

    CliProcess start = e2e.launch(e2e.startArgs("e2e-nover", "--firecracker", broken.toString()));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr()).contains("step 'check the Firecracker version'");
    e2e.assertNothingLeft("e2e-nover");
  }

  @Test
  void aPastaThatExitsAtOnceIsReportedWithItsStatus() throws Exception {
    CliProcess start = e2e.launch(e2e.startArgs("e2e-false", "--pasta", "/bin/false"));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .contains("step 'wait for the API socket'")
        .contains("exited with status 1");
    e2e.assertNothingLeft("e2e-false");
  }

  @Test
  void anUnwritableDataDirectoryFailsTheClaimStep() throws Exception {
    Path vms = Files.createDirectories(e2e.dataDirectory().resolve("vms"));
    Files.setPosixFilePermissions(vms, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      CliProcess start = e2e.launch(e2e.startArgs("e2e-ro"));

      assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
      assertThat(start.stderr())
          .contains("step 'claim the name'")
          .contains("e2e-ro.lock: permission denied")
          .contains("set XDG_DATA_HOME to a directory you own");
      assertThat(e2e.socket("e2e-ro")).doesNotExist();
    } finally {
      Files.setPosixFilePermissions(vms, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    e2e.assertNothingLeft("e2e-ro");
  }

  @Test
  void aRegularFileWhereTheSocketDirectoryBelongsIsNamedAsInTheWay() throws Exception {
    Files.createDirectories(e2e.dataDirectory());
    Files.writeString(e2e.dataDirectory().resolve("sockets"), "not a directory");

    CliProcess start = e2e.launch(e2e.startArgs("e2e-inway"));

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .contains("step 'claim the name'")
        .contains("sockets: is in the way")
        .contains("move it away");
    Files.delete(e2e.dataDirectory().resolve("sockets"));
    e2e.assertNothingLeft("e2e-inway");
  }

  // A test double for a binary: a shell script with these lines.
  private Path script(String name, String... lines) throws Exception {
    Path script = directory.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
