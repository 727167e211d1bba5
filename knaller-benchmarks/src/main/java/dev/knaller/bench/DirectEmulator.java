package dev.knaller.bench;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The emulator process started directly, without pasta: how long until its API answers, and how
 * long the library's configure and boot calls take against it (four PUTs on one connection, then
 * InstanceStart on another, as the start sequence makes them).
 */
final class DirectEmulator {
  private static final long READY_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

  private DirectEmulator() {}

  record Timing(double readyMillis, double callsMillis) {}

  static Timing time(Path emulator, Path scratch, VmFiles files) throws Exception {
    Path socket = scratch.resolve("direct.socket");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(emulator.toString(), "--api-sock", socket.toString(), "--id", "direct")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      awaitAnswer(socket, start);
      long ready = System.nanoTime();
      configureAndBoot(socket, files);
      return new Timing((ready - start) / 1e6, (System.nanoTime() - ready) / 1e6);
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
      Files.deleteIfExists(socket);
    }
  }

  private static void awaitAnswer(Path socket, long start) throws InterruptedException {
    while (true) {
      try (FirecrackerClient client = FirecrackerClient.open(socket)) {
        client.version();
        return;
      } catch (FirecrackerException notYet) {
        // Not bound or not listening yet: the JVM is still starting.
        if (System.nanoTime() - start > READY_DEADLINE_NANOS) {
          throw new IllegalStateException("emulator on " + socket + " did not answer in 30 s");
        }
        Thread.sleep(1);
      }
    }
  }

  /** The start sequence's calls: four PUTs on one connection, InstanceStart on another. */
  static void configureAndBoot(Path socket, VmFiles files) throws FirecrackerException {
    try (FirecrackerClient client = FirecrackerClient.open(socket)) {
      client.putMachineConfig(MachineConfiguration.of(1, 1024));
      client.putBootSource(new BootSource(files.kernel().toString(), "console=ttyS0", null));
      client.putDrive(
          Drive.builder("rootfs", true)
              .pathOnHost(files.rootfs().toString())
              .isReadOnly(false)
              .build());
      client.putNetworkInterface(NetworkInterface.of("eth0", "kn-5d7833df", "06:00:ac:1b:2e:62"));
    }
    try (FirecrackerClient client = FirecrackerClient.open(socket)) {
      client.startInstance();
    }
  }
}
