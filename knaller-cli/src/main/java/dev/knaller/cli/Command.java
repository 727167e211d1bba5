package dev.knaller.cli;

import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.HelpText;
import dev.knaller.cli.args.Syntax;
import java.util.List;

/** One subcommand of the CLI: what it accepts, and what it does with the parsed arguments. */
interface Command {
  Syntax syntax();

  /**
   * Runs the command and returns its exit code (see {@link ExitCodes}). The arguments were parsed
   * against {@link #syntax()}, and a request for help was answered before this is called. A {@link
   * dev.knaller.cli.args.UsageException} here is bad input, reported with a pointer to the help.
   */
  int run(Arguments arguments) throws Exception;

  /** The help text, for the command invoked as {@code qualifiedName}. */
  default String help(String qualifiedName) {
    return HelpText.of(qualifiedName, syntax(), List.of());
  }
}
