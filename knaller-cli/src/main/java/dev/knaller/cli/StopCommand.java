package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.VmName;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knaller stop --name NAME}: stops a VM started from any terminal and cleans up. */
@Command(name = "stop", description = "Stop a VM (Ctrl+Alt+Del, then signals) and clean up.")
final class StopCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAME",
      description = "VM to stop, e.g. web-1")
  String name;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "Seconds to wait after Ctrl+Alt+Del before SIGTERM and SIGKILL"
              + " (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Override
  public Integer call() throws KnallerException, InterruptedException, BadInputException {
    Optional<String> problem = VmName.problem(name);
    if (problem.isPresent()) {
      throw new BadInputException(problem.get());
    }
    if (timeoutSeconds < 0) {
      throw new BadInputException("--timeout must be 0 or more seconds, not " + timeoutSeconds);
    }
    CliPaths.knaller().withStopGrace(Duration.ofSeconds(timeoutSeconds)).stop(name);
    System.out.println("vm " + name + " stopped");
    return ExitCodes.SUCCESS;
  }
}
