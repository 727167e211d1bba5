package dev.knaller.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code knaller} command; each subcommand is its own class. */
@Command(
    name = "knaller",
    mixinStandardHelpOptions = true,
    versionProvider = KnallerVersion.class,
    description = "Run Firecracker microVMs without root.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (for start: the VM ran and ended cleanly, or was stopped by a signal)",
      "1:failure at run time (the host, a tool, the VM; the message says what and what to do)",
      "2:bad usage or input (unknown option, invalid value)"
    },
    subcommands = {
      StartCommand.class,
      StopCommand.class,
      ListCommand.class,
      VersionCommand.class,
      ImageCommand.class,
      SshCommand.class,
      HelpCommand.class
    })
final class KnallerCommand implements Runnable {
  @Override
  public void run() {
    // Without a subcommand: show what there is.
    new picocli.CommandLine(this).usage(System.err);
  }
}
