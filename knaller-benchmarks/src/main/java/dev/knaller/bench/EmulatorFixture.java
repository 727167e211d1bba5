package dev.knaller.bench;

import dev.knaller.emulator.InProcessEmulator;
import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The in-process emulator (a test double for Firecracker, no latency knobs) on a socket in a
 * scratch directory, plus the kernel and rootfs files its PUT checks require to exist.
 */
final class EmulatorFixture implements AutoCloseable {
  private static final Duration READY_DEADLINE = Duration.ofSeconds(10);
  private final Path socket;
  private final InProcessEmulator emulator;

  private EmulatorFixture(Path socket, InProcessEmulator emulator) {
    this.socket = socket;
    this.emulator = emulator;
  }

  /** Starts an emulator on {@code socket} and returns once it accepts connections. */
  static EmulatorFixture start(Path socket) throws Exception {
    List<String> args = List.of("--api-sock", socket.toString(), "--id", "bench");
    EmulatorFixture fixture = new EmulatorFixture(socket, InProcessEmulator.start(args, Map.of()));
    fixture.awaitReady();
    return fixture;
  }

  /** Creates empty kernel and rootfs files in {@code directory}: the emulator only checks them. */
  static VmFiles createVmFiles(Path directory) throws IOException {
    Path kernel = Files.writeString(directory.resolve("vmlinux"), "");
    Path rootfs = Files.writeString(directory.resolve("rootfs.ext4"), "");
    return new VmFiles(kernel, rootfs);
  }

  Path socket() {
    return socket;
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
    while (true) {
      try (FirecrackerClient probe = FirecrackerClient.open(socket)) {
        probe.connect();
        return;
      } catch (FirecrackerException notYet) {
        // The emulator thread has not bound the socket yet (no file, or not listening).
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "emulator on " + socket + " not ready: " + emulator.output());
        }
        Thread.sleep(1);
      }
    }
  }

  @Override
  public void close() throws IOException {
    emulator.close();
    Files.deleteIfExists(socket);
  }
}
