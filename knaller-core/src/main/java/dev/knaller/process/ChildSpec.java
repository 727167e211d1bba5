package dev.knaller.process;

import java.util.List;
import java.util.Map;

/**
 * What to start: an argv (never a shell string, so no element is ever split or interpreted),
 * variables added to the inherited environment, and where stdout and stderr go.
 */
public record ChildSpec(
    List<String> argv, Map<String, String> environment, OutputSink stdout, OutputSink stderr) {
  public ChildSpec {
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must name a program");
    }
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }

  /** Returns a spec for {@code argv} with the inherited environment and both streams discarded. */
  public static ChildSpec of(List<String> argv) {
    return new ChildSpec(argv, Map.of(), OutputSink.discard(), OutputSink.discard());
  }

  public ChildSpec withEnvironment(Map<String, String> added) {
    return new ChildSpec(argv, added, stdout, stderr);
  }

  public ChildSpec withStdout(OutputSink sink) {
    return new ChildSpec(argv, environment, sink, stderr);
  }

  public ChildSpec withStderr(OutputSink sink) {
    return new ChildSpec(argv, environment, stdout, sink);
  }
}
