package dev.knaller.image;

import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One run of an external tool: the build step it serves (for messages), its argv, extra
 * environment, where stdin and stdout go, and how long it may run.
 */
public record ToolCommand(
    String step,
    List<String> argv,
    Map<String, String> environment,
    Redirect input,
    Redirect output,
    Duration timeout) {

  public ToolCommand {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a tool command needs at least the program name");
    }
  }

  /** A command reading nothing and reporting its output lines. */
  public static ToolCommand of(String step, Duration timeout, List<String> argv) {
    return new ToolCommand(step, argv, Map.of(), Redirect.PIPE, Redirect.PIPE, timeout);
  }

  public ToolCommand withEnvironment(Map<String, String> extra) {
    return new ToolCommand(step, argv, extra, input, output, timeout);
  }

  public ToolCommand withRedirects(Redirect newInput, Redirect newOutput) {
    return new ToolCommand(step, argv, environment, newInput, newOutput, timeout);
  }

  public String program() {
    return argv.get(0);
  }
}
