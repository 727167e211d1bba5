package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/firecracker-emulator} in a copy of the module layout: it follows symlinks, finds
 * {@code target/knaller-emulator-*.jar}, picks a JDK and passes arguments through intact.
 */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("bin", "firecracker-emulator");
  @TempDir Path dir;
  private Path module;

  /** Exit code and output of one launcher run. */
  record Run(int code, String stdout, String stderr) {}

  @BeforeEach
  void copyModuleLayout() throws IOException {
    module = dir.resolve("module");
    Files.createDirectories(module.resolve("bin"));
    Path script = module.resolve("bin/firecracker-emulator");
    Files.copy(SCRIPT, script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private void buildJar() throws IOException {
    Path classes = Path.of("target", "classes");
    Files.createDirectories(module.resolve("target"));
    Path jar = module.resolve("target/knaller-emulator-0.0.0-test.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        var out = new JarOutputStream(file);
        Stream<Path> tree = Files.walk(classes)) {
      for (Path path : tree.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
    }
  }

  private Run run(Path command, String... args) throws Exception {
    var builder =
        new ProcessBuilder(Stream.concat(Stream.of(command.toString()), Stream.of(args)).toList());
    Path javaHome =
        Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
    builder.environment().putAll(Map.of("JAVA_HOME", javaHome.toString()));
    builder.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }

  @Test
  void runsTheJarThroughASymlinkNamedFirecracker() throws Exception {
    buildJar();
    Path link = Files.createDirectories(dir.resolve("path")).resolve("firecracker");
    Files.createSymbolicLink(link, module.resolve("bin/firecracker-emulator"));
    Run run = run(link, "--version");
    assertThat(run.code()).isZero();
    assertThat(run.stdout()).isEqualTo("Firecracker v1.16.1\n\n");
  }

  @Test
  void keepsArgumentsWithSpacesIntact() throws Exception {
    buildJar();
    Path taken =
        Files.createFile(Files.createDirectories(dir.resolve("h o m e")).resolve("a b.socket"));
    Run run = run(module.resolve("bin/firecracker-emulator"), "--api-sock", taken.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.stderr()).contains("Failed to open the API socket at: " + taken + ". Check");
  }

  @Test
  void saysWhatToBuildWhenTheJarIsMissing() throws Exception {
    Run run = run(module.resolve("bin/firecracker-emulator"), "--version");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.stderr()).contains("no built jar in").contains("package");
  }

  @Test
  void theScriptIsPosixSh() throws IOException {
    assertThat(Files.readAllLines(SCRIPT).getFirst()).isEqualTo("#!/bin/sh");
    assertThat(List.of(Files.readString(SCRIPT).split("\n", -1)))
        .noneMatch(line -> line.contains("[["));
  }
}
