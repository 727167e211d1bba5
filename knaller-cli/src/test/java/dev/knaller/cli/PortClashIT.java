package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A forwarded port taken between the probe and pasta's bind (B18): the start retries with the next
 * free port. The clash comes from a test double for pasta that fails the way pasta does on a taken
 * port for its first runs, then execs the real pasta.
 */
class PortClashIT extends EndToEndTestBase {
  @Test
  void aPortTakenBeforePastaBindsItIsRetriedWithAnother() throws Exception {
    Path pasta = clashingPasta(1);

    CliProcess start = e2e.startRunning("e2e-clash", "--pasta", pasta.toString());

    assertThat(Files.readString(directory.resolve("runs")).strip()).isEqualTo("2");
    assertThat(e2e.run("stop", "--name", "e2e-clash").awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    start.awaitExit(Duration.ofSeconds(30));
    e2e.assertNothingLeft("e2e-clash");
  }

  @Test
  void everyAttemptClashingFailsNamingThePort() throws Exception {
    Path pasta = clashingPasta(99);

    CliProcess start = e2e.launch(e2e.startArgs("e2e-clash3", "--pasta", pasta.toString()));

    assertThat(start.awaitExit(Duration.ofSeconds(60))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .containsPattern("pasta could not bind 127\\.0\\.0\\.1:\\d+ for the SSH forward")
        .contains("the port is in use")
        .doesNotContain("use another name");
    assertThat(Files.readString(directory.resolve("runs")).strip()).isEqualTo("3");
    e2e.assertNothingLeft("e2e-clash3");
  }

  // The first `failures` runs print pasta's message for a taken port and exit 1.
  private Path clashingPasta(int failures) throws Exception {
    Path runs = directory.resolve("runs");
    Path script = directory.resolve("pasta");
    Files.writeString(
        script,
        String.join(
            "\n",
            "#!/bin/sh",
            "n=$(cat " + runs + " 2>/dev/null || echo 0); n=$((n + 1)); echo $n > " + runs,
            "if [ $n -le " + failures + " ]; then",
            "  echo \"Failed to bind any port for '-t 127.0.0.1/20000:22', exiting\" >&2",
            "  exit 1",
            "fi",
            "exec pasta \"$@\"",
            ""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
