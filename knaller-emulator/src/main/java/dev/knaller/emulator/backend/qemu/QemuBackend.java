package dev.knaller.emulator.backend.qemu;

import dev.knaller.emulator.backend.GuestBackend;
import dev.knaller.emulator.backend.GuestSpec;
import dev.knaller.emulator.backend.GuestStartException;
import dev.knaller.emulator.backend.RunningGuest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Boots a real guest under qemu-system-x86_64 with exactly what the client configured (selected by
 * {@code KNALLER_EMULATOR_BACKEND=qemu}). Knobs, from the environment:
 *
 * <ul>
 *   <li>{@code KNALLER_EMULATOR_QEMU}: the QEMU binary (default: qemu-system-x86_64 on PATH);
 *   <li>{@code KNALLER_EMULATOR_QEMU_ACCEL}: {@code kvm}, {@code tcg} or {@code auto} (default: KVM
 *       when /dev/kvm opens read-write, else TCG).
 * </ul>
 *
 * <p>An ELF {@code vmlinux} (what Firecracker loads) is booted through the {@code vmlinuz} beside
 * it, see {@link QemuKernel}. Snapshots and vhost-user drives are not supported.
 */
public final class QemuBackend implements GuestBackend {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, String> environment;

  public QemuBackend(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public RunningGuest start(GuestSpec spec) throws GuestStartException {
    Path qemu = QemuBinary.find(environment);
    Path runtime = runtimeDirectory();
    QemuMachine machine =
        GuestSpecMapping.machine(
            spec, runtime.resolve("qmp.sock"), QemuBinary.accelerator(environment));
    try {
      return new QemuGuest(QemuProcess.start(qemu, machine, runtime, START_TIMEOUT));
    } catch (IOException e) {
      throw new GuestStartException("qemu backend: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GuestStartException("qemu backend: interrupted while starting QEMU", e);
    }
  }

  private static Path runtimeDirectory() throws GuestStartException {
    try {
      return Files.createTempDirectory("knaller-qemu-");
    } catch (IOException e) {
      throw new GuestStartException(
          "qemu backend: cannot create a directory for QMP: " + e.getMessage(), e);
    }
  }
}
