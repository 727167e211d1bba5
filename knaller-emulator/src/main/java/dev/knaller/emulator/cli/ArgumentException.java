package dev.knaller.emulator.cli;

/** A command line Firecracker's arg_parser refuses; Firecracker exits 153 for it. */
public final class ArgumentException extends Exception {
  public ArgumentException(String message) {
    super(message);
  }
}
