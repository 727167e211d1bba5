package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.cli.args.Syntax;
import java.util.List;

/** Entry point of the knaller command line: parses, runs one subcommand, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (see {@link ExitCodes}). */
  public static int run(String... args) {
    int code;
    try {
      code = root().execute(List.of(args));
    } catch (Exception failure) {
      code = report(failure);
    }
    return code == ExitCodes.SUCCESS ? resultsWritten() : code;
  }

  // PrintStream swallows write errors: a full disk or a closed pipe must not look like success.
  private static int resultsWritten() {
    if (System.out.checkError()) {
      System.err.println("knaller: cannot write to standard output");
      return ExitCodes.FAILURE;
    }
    return ExitCodes.SUCCESS;
  }

  /** The {@code knaller} command; subcommands added here appear in help and dispatch. */
  static CommandGroup root() {
    Syntax syntax =
        Syntax.of("knaller", "Run Firecracker microVMs without root.")
            .withOptions(CommandGroup.VERSION)
            .withEpilog(
                "Exit codes:",
                "  0    success (for start: the VM ran and ended cleanly, e.g. after knaller stop)",
                "  1    failure at run time (the host, a tool, the VM; the message says what next)",
                "  2    bad usage or input (unknown option, invalid value)",
                "  130  start ended by Ctrl+C, 143 by SIGTERM (the VM stopped and cleaned up)");
    List<Command> commands =
        List.of(
            new StartCommand(),
            new StopCommand(),
            new ListCommand(),
            new VersionCommand(),
            ImageBuildCommand.group(),
            new SshCommand());
    return new CommandGroup("knaller", syntax, commands);
  }

  // Knaller's own exceptions carry complete messages (what failed, with which object, and the
  // remedy), so they are printed without a stack trace; anything else is a bug and gets one.
  private static int report(Exception failure) {
    if (failure instanceof KnallerException) {
      System.err.println("knaller: " + failure.getMessage());
    } else {
      System.err.println("knaller: unexpected failure: " + failure);
      failure.printStackTrace(System.err);
    }
    System.err.flush();
    return ExitCodes.of(failure);
  }
}
