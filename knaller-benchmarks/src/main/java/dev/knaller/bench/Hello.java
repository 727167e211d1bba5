package dev.knaller.bench;

/** The cold-start baseline: a JVM that prints one line, started the same way as the CLI. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
