package dev.knaller.emulator;

import java.util.List;

/**
 * Entry point of the Firecracker emulator, a test double started exactly like {@code firecracker}.
 * Knobs come from {@code KNALLER_EMULATOR_*} environment variables, never from flags.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = new Emulator(System.out, System.err).run(List.of(args), System.getenv());
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }
}
