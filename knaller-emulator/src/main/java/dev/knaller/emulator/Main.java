package dev.knaller.emulator;

/** Entry point of the Firecracker emulator. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("emulator");
  }
}
