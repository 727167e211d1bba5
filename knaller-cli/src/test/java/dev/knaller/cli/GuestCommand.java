package dev.knaller.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a host command with a bounded wait (ssh into a guest whose network is not up yet can
 * hang in TCP retries): stdin from /dev/null, output collected in files.
 */
record GuestCommand(int exitCode, String stdout, String stderr) {
  static GuestCommand run(List<String> argv, Duration timeout, Path scratch)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    Process process =
        new ProcessBuilder(argv)
            .redirectInput(new File("/dev/null"))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    GuestCommand result =
        new GuestCommand(ended ? process.exitValue() : -1, Files.readString(out), read(err, ended));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  /** {@code words} appended to {@code command}, as a new argv. */
  static List<String> with(List<String> command, String... words) {
    List<String> argv = new ArrayList<>(command);
    argv.addAll(List.of(words));
    return argv;
  }

  private static String read(Path err, boolean ended) throws IOException {
    return (ended ? "" : "(timed out) ") + Files.readString(err);
  }
}
