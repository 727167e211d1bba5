package dev.knaller.firecracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerNotListeningException;
import dev.knaller.firecracker.FirecrackerVersion;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.InstanceInfo;
import dev.knaller.firecracker.model.InstanceState;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.NetworkInterface;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator as a drop-in {@code firecracker}: its launcher started as a process with
 * Firecracker's own command line, driven through a whole boot by the client, ending in the exit 0 a
 * guest reboot after Ctrl+Alt+Del gives, with the socket file left behind.
 */
class DropInProcessTest {
  private static final Duration JVM_START = Duration.ofSeconds(30);
  @TempDir Path dir;
  private Path launcher;
  private Process firecracker;

  @BeforeEach
  void findTheBuiltLauncher() throws IOException {
    // Surefire runs in the module directory; the reactor has packaged the emulator before us.
    Path module = Path.of("").toAbsolutePath().resolveSibling("knaller-emulator");
    launcher = module.resolve("bin/firecracker-emulator");
    assumeTrue(Files.isExecutable(launcher), "no emulator launcher at " + launcher);
    assumeTrue(
        hasJar(module.resolve("target")), "the emulator jar is not built: run ./mvnw verify");
  }

  @Test
  void itReportsItsVersionAsFirecrackerDoes() throws Exception {
    assertThat(FirecrackerVersion.ofBinary(launcher, JVM_START))
        .isEqualTo(FirecrackerVersion.of(1, 16, 1));
  }

  @Test
  void aFullBootThroughTheClientEndsInExitZeroAfterCtrlAltDel() throws Exception {
    Path socket = dir.resolve("fc.sock");
    firecracker = start("--api-sock", socket.toString(), "--id", "x");

    try (var client = FirecrackerClient.open(socket)) {
      awaitListening(client);
      configure(client);
      client.startInstance();
      assertThat(client.describeInstance()).isEqualTo(info(InstanceState.RUNNING));
      client.pauseVm();
      assertThat(client.describeInstance()).isEqualTo(info(InstanceState.PAUSED));
      client.resumeVm();
      assertThat(client.describeInstance()).isEqualTo(info(InstanceState.RUNNING));

      client.sendCtrlAltDel();
    }

    assertThat(firecracker.waitFor(JVM_START.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(firecracker.exitValue()).as(output()).isZero();
    assertThat(socket).exists();
    try (var late = FirecrackerClient.open(socket)) {
      assertThatThrownBy(late::connect)
          .isInstanceOfSatisfying(
              FirecrackerNotListeningException.class, e -> assertThat(e.socketMissing()).isFalse());
    }
  }

  private void configure(FirecrackerClient client) throws Exception {
    client.putMachineConfig(MachineConfiguration.of(1, 128));
    client.putBootSource(BootSource.of(file("vmlinux"), "console=ttyS0 reboot=k panic=1"));
    client.putDrive(Drive.builder("rootfs", true).pathOnHost(file("rootfs.ext4")).build());
    client.putNetworkInterface(NetworkInterface.of("eth0", "tap0", "06:00:ac:10:00:02"));
  }

  private static InstanceInfo info(InstanceState state) {
    return new InstanceInfo("Firecracker", "x", state, "1.16.1");
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Defaults only: no knob this JVM may have inherited (TAP check off, Ctrl+Alt+Del exits).
    builder.environment().keySet().removeIf(name -> name.startsWith("KNALLER_EMULATOR_"));
    return builder.redirectOutput(dir.resolve("firecracker.out").toFile()).start();
  }

  private void awaitListening(FirecrackerClient client) throws Exception {
    long deadline = System.nanoTime() + JVM_START.toNanos();
    while (true) {
      try {
        client.connect();
        return;
      } catch (FirecrackerNotListeningException notYet) {
        if (!firecracker.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError("the emulator never listened: " + output(), notYet);
        }
        Thread.sleep(10);
      }
    }
  }

  private String file(String name) throws IOException {
    return Files.writeString(dir.resolve(name), name).toString();
  }

  private String output() {
    try {
      return Files.readString(dir.resolve("firecracker.out"));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static boolean hasJar(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return false;
    }
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "knaller-emulator-*.jar")) {
      return jars.iterator().hasNext();
    }
  }

  @AfterEach
  void killALeftOverProcess() throws InterruptedException {
    if (firecracker != null && firecracker.isAlive()) {
      firecracker.destroyForcibly();
      firecracker.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
