package dev.knaller.emulator.backend.qemu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * How QEMU runs guest code: KVM when this process may open {@code /dev/kvm} read-write (then QEMU
 * still falls back to TCG if KVM cannot create a VM), else TCG, the pure software emulator.
 */
public enum Accelerator {
  KVM("-accel kvm -accel tcg"),
  TCG("-accel tcg");

  private final String arguments;

  Accelerator(String arguments) {
    this.arguments = arguments;
  }

  public List<String> arguments() {
    return List.of(arguments.split(" ", -1));
  }

  /** KVM if {@code devKvm} opens for reading and writing, else TCG. */
  public static Accelerator probe(Path devKvm) {
    try {
      FileChannel.open(devKvm, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
      return KVM;
    } catch (IOException | SecurityException e) {
      return TCG;
    }
  }
}
