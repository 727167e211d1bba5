package dev.knaller.cli;

/** Entry point of the knaller command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("knaller");
  }
}
