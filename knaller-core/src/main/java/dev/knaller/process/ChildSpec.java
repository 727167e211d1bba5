package dev.knaller.process;

import java.util.List;
import java.util.Map;

/**
 * What to start: an argv (never a shell string, so no element is ever split or interpreted),
 * variables added to the inherited environment, where stdout and stderr go, and what stdin is.
 *
 * @param lifeline when true, stdin is a pipe this process holds open and never writes to, so the
 *     child reads end-of-file exactly when this process is gone: the kernel closes the write end
 *     when the process exits, however it exits (SIGKILL, a JVM crash). When false, stdin is at
 *     end-of-file from the start.
 */
public record ChildSpec(
    List<String> argv,
    Map<String, String> environment,
    OutputSink stdout,
    OutputSink stderr,
    boolean lifeline) {
  public ChildSpec {
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must name a program");
    }
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }

  /** A spec with stdin at end-of-file. */
  public ChildSpec(
      List<String> argv, Map<String, String> environment, OutputSink stdout, OutputSink stderr) {
    this(argv, environment, stdout, stderr, false);
  }

  /** Returns a spec for {@code argv} with the inherited environment and both streams discarded. */
  public static ChildSpec of(List<String> argv) {
    return new ChildSpec(argv, Map.of(), OutputSink.discard(), OutputSink.discard());
  }

  public ChildSpec withEnvironment(Map<String, String> added) {
    return new ChildSpec(argv, added, stdout, stderr, lifeline);
  }

  public ChildSpec withStdout(OutputSink sink) {
    return new ChildSpec(argv, environment, sink, stderr, lifeline);
  }

  public ChildSpec withStderr(OutputSink sink) {
    return new ChildSpec(argv, environment, stdout, sink, lifeline);
  }

  /** Returns this spec with stdin as a lifeline to this process (see {@link #lifeline}). */
  public ChildSpec withLifeline() {
    return new ChildSpec(argv, environment, stdout, stderr, true);
  }
}
