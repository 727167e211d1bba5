package dev.knaller.cli;

import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.Option;
import dev.knaller.cli.args.Syntax;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.FirecrackerVersion;
import dev.knaller.network.ToolFinder;
import java.nio.file.Path;
import java.util.Optional;

/** {@code knaller version}: knaller's version and, when a binary is found, Firecracker's. */
final class VersionCommand implements Command {
  private static final Option<Path> FIRECRACKER =
      Option.path(
          "--firecracker",
          "FILE",
          "Firecracker binary to ask (default: firecracker on PATH, /usr/sbin, /sbin)");
  private static final Syntax SYNTAX =
      Syntax.of("version", "Print knaller's version and Firecracker's, if found.")
          .withOptions(FIRECRACKER);

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  /**
   * Not finding Firecracker is a fact worth printing, not a failure; a binary that is there but
   * gives no version is one (exit 1, on stderr).
   */
  @Override
  public int run(Arguments arguments) throws InterruptedException {
    System.out.println("knaller " + KnallerVersion.current());
    Optional<Path> binary =
        arguments.get(FIRECRACKER).or(() -> ToolFinder.system().find("firecracker"));
    if (binary.isEmpty()) {
      System.out.println("firecracker: not found");
      return ExitCodes.SUCCESS;
    }
    try {
      FirecrackerVersion version = FirecrackerVersion.ofBinary(binary.get());
      System.out.println("firecracker " + version + " (" + binary.get() + ")");
      return ExitCodes.SUCCESS;
    } catch (FirecrackerException e) {
      System.err.println("knaller: " + binary.get() + " gave no version: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
  }
}
