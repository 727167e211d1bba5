package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./knaller} launcher script, as a fresh clone and a symlink see it. The script is
 * copied into a scratch checkout with two test doubles: a fake JDK 21 whose {@code java} prints its
 * arguments, and a fake {@code mvnw} that "builds" by creating the jar and lib directory. So
 * nothing is compiled and no JVM starts.
 */
class LauncherScriptTest {
  @TempDir Path scratch;
  private Path checkout;
  private Path jdk;

  @BeforeEach
  void prepare() throws IOException {
    checkout = Files.createDirectories(scratch.resolve("checkout"));
    Files.copy(Path.of("").toAbsolutePath().getParent().resolve("knaller"), launcher());
    executable(
        checkout.resolve("mvnw"),
        """
        #!/bin/sh
        # Test double for the Maven wrapper: creates what a package build leaves.
        echo fake-mvnw-ran >&2
        mkdir -p "${0%/*}/knaller-cli/target/lib"
        : > "${0%/*}/knaller-cli/target/knaller-cli-0.1.0.jar"
        """);
    jdk = Files.createDirectories(scratch.resolve("jdk"));
    Files.writeString(
        jdk.resolve("release"), "JAVA_VERSION=\"21.0.1\"\nJAVA_RUNTIME_VERSION=\"21.0.1+1\"\n");
    executable(
        Files.createDirectories(jdk.resolve("bin")).resolve("java"),
        """
        #!/bin/sh
        # Test double for java: prints its arguments.
        echo fake-java "$@"
        """);
  }

  // README: "The first run builds the jars". In a fresh clone find_jar's last test fails, the
  // function returns 1, and under `set -e` the script exits 1 without a word and without building.
  @Test
  void theFirstRunInAFreshCloneBuildsTheJarsAndRunsTheCli() throws Exception {
    Result result = run(launcher().toString(), "version");

    assertThat(result.output()).contains("building (first run)").contains("fake-mvnw-ran");
    assertThat(result.output()).contains("fake-java").contains("dev.knaller.cli.Main version");
    assertThat(result.exitCode()).isZero();
  }

  // A symlink on PATH (ln -s ~/src/knaller/knaller ~/bin/knaller) is the usual way to install a
  // launcher; the script takes the symlink's directory for the checkout and finds no jar there.
  @Test
  void aSymlinkToTheLauncherFindsTheCheckout() throws Exception {
    Files.createDirectories(checkout.resolve("knaller-cli/target/lib"));
    Files.createFile(checkout.resolve("knaller-cli/target/knaller-cli-0.1.0.jar"));
    Path link = Files.createDirectories(scratch.resolve("bin")).resolve("knaller");
    Files.createSymbolicLink(link, launcher());

    Result result = run(link.toString(), "-V");

    assertThat(result.output())
        .contains("fake-java")
        .contains(checkout.resolve("knaller-cli/target/knaller-cli-0.1.0.jar").toString());
    assertThat(result.exitCode()).isZero();
  }

  private Path launcher() {
    return checkout.resolve("knaller");
  }

  private Result run(String program, String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(program).redirectErrorStream(true);
    builder.command().addAll(List.of(args));
    builder.directory(scratch.toFile());
    builder.environment().put("JAVA_HOME", jdk.toString());
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), output);
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Result(int exitCode, String output) {}
}
