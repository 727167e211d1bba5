package dev.knaller.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help} for a subcommand, mixed in with {@code @Mixin}. Unlike picocli's
 * standard help options it adds no {@code --version}: only the top-level command has a version.
 */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit")
  boolean help;
}
