package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines a tester typed that the first version of the parser got wrong, each with the right
 * behaviour: help on help, {@code --} before a subcommand's words, numbers out of range, empty
 * values, a Firecracker binary that cannot run.
 */
class CommandLineEdgesTest {
  @TempDir Path data;

  // The help lists "help" among the commands, and then refuses it, suggesting itself.
  @Test
  void helpHelpShowsTheHelpInsteadOfCallingHelpUnknown() {
    CliRun run = CliRun.of(data, "help", "help");

    assertThat(run.stderr()).doesNotContain("unknown command 'help'");
    assertThat(run.exitCode()).isZero();
  }

  // "knaller image help build" shows build's help; "knaller help image build" should too.
  @Test
  void helpWithANestedCommandShowsThatCommandsHelp() {
    CliRun run = CliRun.of(data, "help", "image", "build");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).startsWith("Usage: knaller image build [OPTIONS]");
  }

  // POSIX: every word after "--" is an operand. The group's rest parameter drops the "--" that
  // follows the command's name, so the subcommand then parses "--json" as its option.
  @Test
  void aWordAfterTheEndOfOptionsMarkerIsNotAnOption() {
    CliRun run = CliRun.of(data, "list", "--", "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).contains("unexpected argument '--json'");
  }

  // 99999999999 is a whole number; it is out of range. The message must say which rule it breaks.
  @Test
  void aNumberTooLargeIsCalledOutOfRangeNotNotANumber() {
    CliRun run = CliRun.of(data, "stop", "--name", "web", "--timeout", "99999999999");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).doesNotContain("is not a whole number").contains("99999999999");
  }

  // Integer.parseInt takes any Unicode digit: "--cpus ٣" (ARABIC-INDIC DIGIT THREE) would give 3.
  @Test
  void onlyAsciiDigitsAreANumber() {
    CliRun run = CliRun.of(data, "stop", "--name", "web", "--timeout", "\u0663");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("--timeout");
  }

  // "--kernel=" gives an empty path, which resolves to the working directory: the message then
  // blames the working directory ("/work/x is not a regular file") instead of the empty value.
  @Test
  void anEmptyPathValueIsRefusedAsEmpty() {
    CliRun run =
        CliRun.of(data, "start", "--name", "web", "--kernel=", "--rootfs=", "--firecracker=");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .contains("--kernel")
        .doesNotContain(Path.of("").toAbsolutePath() + " is not a regular file");
  }

  // A Firecracker binary given explicitly that cannot run is a failure, reported on stderr; the
  // command must not print it as a result and exit 0.
  @Test
  void versionWithAFirecrackerThatCannotRunFails() {
    CliRun run =
        CliRun.of(data, "version", "--firecracker", data.resolve("no-such-firecracker").toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stdout()).doesNotContain("no-such-firecracker");
    assertThat(run.stderr()).contains("no-such-firecracker");
  }

  // "knaller help --help" answers "unknown command '--help'; did you mean help?", and "help -h"
  // suggests ssh.
  @Test
  void helpAcceptsItsOwnHelpOption() {
    CliRun run = CliRun.of(data, "help", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void helpOnACommandWithoutSubcommandsRefusesMoreWords() {
    CliRun run = CliRun.of(data, "help", "start", "extra");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("unexpected argument 'extra': start has no subcommands");
  }

  @Test
  void aMistypedHelpTopicGetsASuggestion() {
    CliRun run = CliRun.of(data, "help", "lsit");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("unknown command 'lsit'; did you mean list?");
  }

  @Test
  void stopWithTheNameAsAWordSuggestsTheOption() {
    CliRun run = CliRun.of(data, "stop", "web");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("did you mean --name web?");
  }
}
