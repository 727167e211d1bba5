package dev.knaller.cli;

import dev.knaller.VmName;
import dev.knaller.cli.args.UsageException;
import java.util.Optional;

/** Checks a VM name typed on the command line before anything looks it up. */
final class CliNames {
  private CliNames() {}

  /** Returns {@code name} when it is a valid VM name; otherwise says which rule it breaks. */
  static String require(String name) throws UsageException {
    Optional<String> problem = VmName.problem(name);
    if (problem.isPresent()) {
      throw new UsageException(problem.get());
    }
    return name;
  }
}
