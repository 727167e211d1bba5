package dev.knaller.network;

import java.util.List;
import java.util.stream.Collectors;

/** The host cannot run a rootless VM; carries every unmet precondition, not just the first. */
public final class PreflightException extends Exception {
  private final transient List<PreflightProblem> problems;

  public PreflightException(List<PreflightProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public List<PreflightProblem> problems() {
    return problems;
  }

  private static String message(List<PreflightProblem> problems) {
    return "this host cannot start a rootless VM:\n"
        + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
  }
}
