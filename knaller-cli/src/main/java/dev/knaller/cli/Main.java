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
    try {
      return root().execute(List.of(args));
    } catch (Exception failure) {
      return report(failure);
    }
  }

  /** The {@code knaller} command; subcommands added here appear in help and dispatch. */
  static CommandGroup root() {
    Syntax syntax =
        Syntax.of("knaller", "Run Firecracker microVMs without root.")
            .withOptions(CommandGroup.VERSION)
            .withEpilog(
                "Exit codes:",
                "  0  success (for start: the VM ran and ended cleanly, or was stopped by a signal)",
                "  1  failure at run time (the host, a tool, the VM; the message says what to do)",
                "  2  bad usage or input (unknown option, invalid value)");
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
