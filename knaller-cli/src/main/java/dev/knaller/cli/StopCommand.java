package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.Option;
import dev.knaller.cli.args.Syntax;
import dev.knaller.cli.args.UsageException;
import java.time.Duration;

/** {@code knaller stop --name NAME}: stops a VM started from any terminal and cleans up. */
final class StopCommand implements Command {
  private static final int DEFAULT_TIMEOUT_SECONDS = 10;
  private static final Option<String> NAME =
      Option.text("--name", "NAME", "VM to stop, e.g. web-1").asRequired();
  private static final Option<Integer> TIMEOUT =
      Option.integer(
          "--timeout",
          "SECONDS",
          "Seconds to wait after Ctrl+Alt+Del before SIGTERM and SIGKILL (default: "
              + DEFAULT_TIMEOUT_SECONDS
              + ")",
          "0 or more seconds");
  private static final Syntax SYNTAX =
      Syntax.of("stop", "Stop a VM (Ctrl+Alt+Del, then signals) and clean up.")
          .withOptions(NAME, TIMEOUT);

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public int run(Arguments arguments)
      throws KnallerException, InterruptedException, UsageException {
    String name = CliNames.require(arguments.get(NAME).orElseThrow());
    int timeoutSeconds = arguments.get(TIMEOUT, DEFAULT_TIMEOUT_SECONDS);
    if (timeoutSeconds < 0) {
      throw new UsageException("--timeout must be 0 or more seconds, not " + timeoutSeconds);
    }
    CliPaths.knaller().withStopGrace(Duration.ofSeconds(timeoutSeconds)).stop(name);
    System.out.println("vm " + name + " stopped");
    return ExitCodes.SUCCESS;
  }
}
