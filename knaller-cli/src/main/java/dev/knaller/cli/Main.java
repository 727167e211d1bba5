package dev.knaller.cli;

import picocli.CommandLine;

/** Entry point of the knaller command line: parses, runs one subcommand, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (see {@link ExitCodes}). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Returns the configured command line; subcommands added here appear in help and dispatch. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new KnallerCommand());
    commandLine.setParameterExceptionHandler(new ShortErrorHandler());
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setExitCodeExceptionMapper(ExitCodes::of);
    return commandLine;
  }
}
