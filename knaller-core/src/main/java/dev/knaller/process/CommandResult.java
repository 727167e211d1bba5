package dev.knaller.process;

/** A finished short command: its exit code and what it wrote. */
public record CommandResult(int exitCode, String stdout, String stderr) {
  public boolean succeeded() {
    return exitCode == 0;
  }
}
