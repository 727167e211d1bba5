package dev.knaller.image;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs tools as child processes, draining their output and keeping its last lines for errors. */
public final class ProcessToolRunner implements ToolRunner {
  private static final int TAIL_LINES = 20;

  @Override
  public void run(ToolCommand command, Consumer<String> lines)
      throws ImageException, InterruptedException {
    Process process = start(command);
    OutputTail tail = new OutputTail(lines);
    Thread drainer = Thread.ofVirtual().start(() -> drain(outputOf(process, command), tail));
    int exitCode = awaitExit(process, command);
    drainer.join(TimeUnit.SECONDS.toMillis(5));
    if (exitCode != 0) {
      throw new ToolFailedException(command.step(), command.program(), exitCode, tail.lines());
    }
  }

  private static Process start(ToolCommand command) throws ImageException {
    ProcessBuilder builder = new ProcessBuilder(command.argv());
    builder.environment().putAll(command.environment());
    builder.redirectInput(command.input()).redirectOutput(command.output());
    // With stdout going to a file, stderr still carries the diagnostics worth showing.
    builder.redirectErrorStream(command.output().type() == Redirect.Type.PIPE);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new ImageException(
          command.step()
              + " failed: cannot run "
              + command.program()
              + " ("
              + e.getMessage()
              + "); install it or put it on PATH",
          e);
    }
  }

  private static InputStream outputOf(Process process, ToolCommand command) {
    return command.output().type() == Redirect.Type.PIPE
        ? process.getInputStream()
        : process.getErrorStream();
  }

  private static int awaitExit(Process process, ToolCommand command) throws InterruptedException {
    try {
      if (process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
      }
      destroyTree(process).waitFor(10, TimeUnit.SECONDS);
      return -1;
    } catch (InterruptedException e) {
      // The caller gave up (Ctrl+C): the tool must not outlive the build.
      destroyTree(process);
      throw e;
    }
  }

  // mmdebstrap runs apt, dpkg and its unshare helpers as children; killing it alone would orphan
  // them (a SIGINT sent to knaller alone, not to the terminal's process group, reaches only us).
  private static Process destroyTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    return process.destroyForcibly();
  }

  private static void drain(InputStream stream, OutputTail tail) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        tail.accept(line);
      }
    } catch (IOException e) {
      tail.accept("(output unreadable: " + e.getMessage() + ")");
    }
  }

  /** Forwards lines and remembers the last few. */
  private static final class OutputTail implements Consumer<String> {
    private final Consumer<String> forward;
    private final ArrayDeque<String> last = new ArrayDeque<>();

    OutputTail(Consumer<String> forward) {
      this.forward = forward;
    }

    @Override
    public synchronized void accept(String line) {
      forward.accept(line);
      if (last.size() == TAIL_LINES) {
        last.removeFirst();
      }
      last.addLast(line);
    }

    synchronized List<String> lines() {
      return List.copyOf(last);
    }
  }
}
