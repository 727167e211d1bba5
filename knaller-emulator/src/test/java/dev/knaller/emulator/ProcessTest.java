package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator as a real process, started like {@code firecracker} (API-NOTES 4, 6.6). */
class ProcessTest {
  private static final long WAIT_SECONDS = 20;
  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();

  /** An exited process and what it printed. */
  record Exit(int code, String stdout, String stderr) {}

  private Process launch(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path")));
    command.add("dev.knaller.emulator.Main");
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    builder.redirectOutput(dir.resolve("stdout-" + started.size()).toFile());
    builder.redirectError(dir.resolve("stderr-" + started.size()).toFile());
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private Exit run(Map<String, String> env, String... args) throws Exception {
    int index = started.size();
    Process process = launch(env, args);
    assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("exited in time").isTrue();
    return new Exit(
        process.exitValue(),
        Files.readString(dir.resolve("stdout-" + index), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr-" + index), StandardCharsets.UTF_8));
  }

  @AfterEach
  void killLeftovers() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void versionPrintsTheBannerAndABlankLine() throws Exception {
    var exit = run(Map.of("KNALLER_EMULATOR_VERSION", "1.13.1"), "--version");
    assertThat(exit.code()).isZero();
    assertThat(exit.stdout()).isEqualTo("Firecracker v1.13.1\n\n");
  }

  @Test
  void enablePciIsAnUnknownFlagBeforeV113() throws Exception {
    var exit =
        run(Map.of("KNALLER_EMULATOR_VERSION", "1.10.1"), "--api-sock", "x.sock", "--enable-pci");
    assertThat(exit.code()).isEqualTo(153);
    assertThat(exit.stderr())
        .contains(
            "Arguments parsing error: Found argument 'enable-pci' which wasn't expected, or isn't"
                + " valid in this context.");
    assertThat(dir.resolve("x.sock")).doesNotExist();
  }

  @Test
  void onlyTheSpaceSeparatedFormIsAccepted() throws Exception {
    assertThat(run(Map.of(), "--api-sock=/tmp/x").code()).isEqualTo(153);
    assertThat(run(Map.of(), "--no-api").code()).isEqualTo(153);
  }

  @Test
  void anExistingSocketPathIsRefusedWithExitOne() throws Exception {
    Path socket = Files.createFile(dir.resolve("stale.socket"));
    var exit = run(Map.of(), "--api-sock", socket.toString());
    assertThat(exit.code()).isEqualTo(1);
    assertThat(exit.stderr())
        .contains(
            "Failed to open the API socket at: " + socket + ". Check that it is not already used.");
  }

  @Test
  void aSocketPathOf108BytesIsRefused() throws Exception {
    String base = dir + "/";
    String path108 = base + "s".repeat(108 - base.length());
    var exit = run(Map.of(), "--api-sock", path108);
    assertThat(exit.code()).isEqualTo(1);
    assertThat(exit.stderr()).contains("path must be shorter than SUN_LEN");
    assertThat(Path.of(path108)).doesNotExist();
  }

  @Test
  void aSocketPathOf107BytesWorks() throws Exception {
    String base = dir + "/";
    Path path107 = Path.of(base + "s".repeat(107 - base.length()));
    try (var emulator =
        InProcessEmulator.start(List.of("--api-sock", path107.toString()), Map.of())) {
      // The JDK cannot connect to 107 bytes either, so the client goes through a short link.
      Path shortcut = Files.createSymbolicLink(Files.createTempDirectory("kn").resolve("d"), dir);
      try {
        awaitSocket(shortcut.resolve(path107.getFileName()), emulator);
      } finally {
        Files.delete(shortcut);
        Files.delete(shortcut.getParent());
      }
      assertThat(path107.toString().getBytes(StandardCharsets.UTF_8)).hasSize(107);
      assertThat(path107).exists();
    }
  }

  @Test
  void theCrashKnobExitsBeforeBinding() throws Exception {
    var knobs =
        Map.of(
            "KNALLER_EMULATOR_CRASH_EXIT",
            "1",
            "KNALLER_EMULATOR_CRASH_STDERR",
            "Cannot open /dev/kvm: Permission denied (os error 13)");
    var exit = run(knobs, "--api-sock", dir.resolve("c.sock").toString());
    assertThat(exit.code()).isEqualTo(1);
    assertThat(exit.stderr()).isEqualTo("Cannot open /dev/kvm: Permission denied (os error 13)\n");
    assertThat(dir.resolve("c.sock")).doesNotExist();
  }

  @Test
  void theCrashKnobLeavesVersionAlone() throws Exception {
    var exit = run(Map.of("KNALLER_EMULATOR_CRASH_EXIT", "1"), "--version");

    assertThat(exit.code()).isZero();
    assertThat(exit.stdout()).startsWith("Firecracker v1.16.1\n");
  }

  @Test
  void ctrlAltDelEndsTheProcessWithZeroAndLeavesTheSocket() throws Exception {
    Path socket = dir.resolve("api.sock");
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    Process process =
        launch(
            Map.of("KNALLER_EMULATOR_CTRL_ALT_DEL_DELAY_MS", "50"),
            "--api-sock",
            socket.toString(),
            "--id",
            "vm-1");
    awaitSocket(socket, process);
    try (var connection = RawConnection.open(socket)) {
      for (String request :
          List.of(
              RunningEmulator.request(
                  "PUT", "/boot-source", "{\"kernel_image_path\":\"" + kernel + "\"}"),
              RunningEmulator.request("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}"),
              RunningEmulator.request("PUT", "/actions", "{\"action_type\":\"SendCtrlAltDel\"}"))) {
        connection.send(request);
        assertThat(connection.readResponse()).isEqualTo(Wire.NO_CONTENT);
      }
    }
    assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(socket).exists();
    assertThat(Files.readString(dir.resolve("stdout-0")))
        .contains("[vm-1:main] Running Firecracker v1.16.1");
  }

  @Test
  void aConfigFileBootsWithoutApiCalls() throws Exception {
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    Path config = dir.resolve("vm.json");
    Files.writeString(
        config,
        "{\"boot-source\":{\"kernel_image_path\":\""
            + kernel
            + "\"},\"machine-config\":{\"vcpu_count\":2,\"mem_size_mib\":256}}");
    Path socket = dir.resolve("api.sock");
    Process process =
        launch(Map.of(), "--api-sock", socket.toString(), "--config-file", config.toString());
    awaitSocket(socket, process);
    try (var connection = RawConnection.open(socket)) {
      connection.send("GET / HTTP/1.1\r\n\r\n");
      assertThat(connection.readResponse()).contains("\"state\":\"Running\"");
    }
    process.destroy();
  }

  private static void awaitSocket(Path socket, InProcessEmulator emulator) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline && !emulator.exitCode().isDone()) {
      try {
        RawConnection.open(socket).close();
        return;
      } catch (IOException notYet) {
        Thread.sleep(10);
      }
    }
    throw new AssertionError(
        "socket " + socket + " never accepted connections: " + emulator.output());
  }

  private static void awaitSocket(Path socket, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        RawConnection.open(socket).close();
        return;
      } catch (IOException notYet) {
        Thread.sleep(10);
      }
    }
    throw new AssertionError("socket " + socket + " never accepted connections");
  }
}
