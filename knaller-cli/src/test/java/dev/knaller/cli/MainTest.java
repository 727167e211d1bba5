package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
  @TempDir Path data;

  @Test
  void anUnknownCommandIsBadUsageWithAHint() {
    CliRun run = CliRun.of(data, "bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("'bogus'").contains("Run 'knaller --help' for usage.");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRun run = CliRun.of(data, "sotp", "--name", "web");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("unknown command 'sotp'; did you mean stop?");
  }

  @Test
  void noCommandIsBadUsageAndShowsTheCommandsOnStderr() {
    CliRun run = CliRun.of(data);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).contains("Usage: knaller").contains("Commands:").contains("start");
  }

  @Test
  void aWriteErrorOnStdoutIsAFailure() {
    PrintStream original = System.out;
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device (test double of a full disk)");
          }
        };
    int code;
    try {
      System.setOut(new PrintStream(full, true, StandardCharsets.UTF_8));
      code = Main.run("--version");
    } finally {
      System.setOut(original);
    }

    assertThat(code).isEqualTo(ExitCodes.FAILURE);
  }

  @Test
  void theVersionFlagPrintsKnallersVersionOnly() {
    CliRun run = CliRun.of(data, "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).startsWith("knaller 0.").doesNotContain("firecracker");
  }

  @Test
  void helpNamesTheCommandAndANestedOneWorksToo() {
    CliRun start = CliRun.of(data, "help", "start");
    CliRun build = CliRun.of(data, "image", "help", "build");

    assertThat(start.exitCode()).isZero();
    assertThat(start.stdout()).startsWith("Usage: knaller start [OPTIONS]");
    assertThat(build.exitCode()).isZero();
    assertThat(build.stdout()).startsWith("Usage: knaller image build [OPTIONS]");
  }

  @Test
  void aBadOptionOfANestedCommandPointsToThatCommandsHelp() {
    CliRun run = CliRun.of(data, "image", "build", "--forse");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .contains("unknown option '--forse'; did you mean --force?")
        .contains("Run 'knaller image build --help' for usage.");
  }

  @Test
  void sshWithoutANameIsBadUsage() {
    CliRun run = CliRun.of(data, "ssh");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("missing NAME");
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "stop", "list", "version", "image", "ssh"})
  void everySubcommandHasHelp(String subcommand) {
    CliRun run = CliRun.of(data, subcommand, "--help");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("Usage: knaller " + subcommand).contains("-h, --help");
  }

  @Test
  void startsHelpShowsItsOptions() {
    CliRun run = CliRun.of(data, "start", "-h");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("--name=NAME").contains("--cpus=N").contains("--boot-args");
  }

  @Test
  void theTopLevelHelpListsTheExitCodes() {
    CliRun run = CliRun.of(data, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .contains("Exit codes:")
        .containsPattern("0\\s+success")
        .containsPattern("1\\s+failure at run time")
        .containsPattern("2\\s+bad usage or input");
  }

  @Test
  void aNonNumericMemoryNamesItsRange() {
    CliRun run = CliRun.of(data, "start", "--mem", "lots");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("'lots' is not a whole number; allowed: at least 128 MiB");
  }

  @Test
  void aNonNumericOptionIsBadUsage() {
    CliRun run = CliRun.of(data, "start", "--cpus", "many");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .contains("--cpus")
        .contains("'many' is not a whole number; allowed: 1 to 32")
        .contains("knaller start --help");
  }

  @Test
  void badConfigurationIsReportedFieldByFieldWithExitTwoAndNothingCreated() throws Exception {
    CliRun run =
        CliRun.of(
            data,
            "start",
            "--name",
            "../../.ssh/x",
            "--cpus",
            "33",
            "--mem",
            "0",
            "--kernel",
            data.resolve("missing").toString(),
            "--rootfs",
            data.resolve("missing.ext4").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .contains("invalid VM configuration")
        .contains("- name: invalid VM name")
        .contains("- kernel: ")
        .contains("- rootfs: ")
        .contains("- vcpus: 33 is outside 1..32")
        .contains("- memory: 0 MiB is below the minimum of 128 MiB");
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void withoutKernelAndRootfsBadFlagsAreReportedBeforeTheImageIsBuilt() throws Exception {
    CliRun run = CliRun.of(data, "start", "--name", "UPPER", "--cpus", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .contains("- name: invalid VM name")
        .contains("- vcpus: 0 is outside 1..32")
        .doesNotContain("- kernel: ")
        .doesNotContain("- rootfs: ");
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files).as("no image build started").isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-rf", "a/b", "..", "UPPER", "my vm"})
  void stopRejectsAnInvalidNameAsBadInput(String name) {
    CliRun run = CliRun.of(data, "stop", "--name=" + name);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("invalid VM name");
  }

  @Test
  void stoppingAnUnknownVmIsARuntimeFailure() {
    CliRun run = CliRun.of(data, "stop", "--name", "ghost");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.stderr()).contains("no vm named ghost").contains("knaller list");
  }

  @Test
  void listWithNoVmsPrintsOnlyTheHeaderOrAnEmptyArray() {
    CliRun table = CliRun.of(data, "list");
    CliRun json = CliRun.of(data, "ls", "--json");

    assertThat(table.exitCode()).isZero();
    assertThat(table.stdout()).isEqualTo("NAME  STATE  VCPUS  MEMORY  GUEST-IP  SSH  PID  AGE\n");
    assertThat(json.exitCode()).isZero();
    assertThat(json.stdout()).isEqualTo("[]\n");
  }

  @Test
  void versionPrintsKnallersVersionAndFirecrackersWithItsPath() throws IOException {
    Path firecracker =
        Files.writeString(data.resolve("firecracker"), "#!/bin/sh\necho Firecracker v1.10.1\n");
    Files.setPosixFilePermissions(firecracker, PosixFilePermissions.fromString("rwxr-xr-x"));

    CliRun run = CliRun.of(data, "version", "--firecracker", firecracker.toString());

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout())
        .startsWith("knaller 0.")
        .contains("firecracker 1.10.1 (" + firecracker + ")");
  }

  @Test
  void asRootTheStartIsRefusedBeforeAnythingIsSpawned() throws Exception {
    assumeTrue(isRoot(), "only meaningful as root (the CI user is not)");
    Path kernel = Files.writeString(data.resolve("vmlinux"), "k");
    Path rootfs = Files.writeString(data.resolve("rootfs.ext4"), "r");
    Path firecracker = Files.writeString(data.resolve("firecracker"), "#!/bin/sh\nexit 99\n");
    Files.setPosixFilePermissions(firecracker, PosixFilePermissions.fromString("rwxr-xr-x"));

    CliRun run =
        CliRun.of(
            data.resolve("data"),
            "start",
            "--name",
            "root-vm",
            "--kernel",
            kernel.toString(),
            "--rootfs",
            rootfs.toString(),
            "--firecracker",
            firecracker.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.stderr()).contains("step 'preflight'").contains("root");
    assertThat(data.resolve("data")).doesNotExist();
  }

  @Test
  void asRootAStartWithoutKernelAndRootfsIsRefusedBeforeTheImageIsBuilt() throws Exception {
    assumeTrue(isRoot(), "only meaningful as root (the CI user is not)");
    Path firecracker = Files.writeString(data.resolve("firecracker"), "#!/bin/sh\nexit 99\n");
    Files.setPosixFilePermissions(firecracker, PosixFilePermissions.fromString("rwxr-xr-x"));

    CliRun run =
        CliRun.of(
            data.resolve("data"),
            "start",
            "--name",
            "root-vm",
            "--firecracker",
            firecracker.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.stderr()).contains("root").doesNotContain("unexpected failure");
    assertThat(data.resolve("data")).as("no image build started").doesNotExist();
  }

  private static boolean isRoot() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .anyMatch(line -> line.startsWith("Uid:") && line.split("\\s+", -1)[1].equals("0"));
  }
}
