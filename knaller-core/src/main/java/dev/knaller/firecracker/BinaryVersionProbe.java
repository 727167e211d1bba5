package dev.knaller.firecracker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code <binary> --version}, which prints {@code Firecracker v1.16.1} and a blank line and
 * exits 0 without looking at any other argument.
 */
final class BinaryVersionProbe {
  private BinaryVersionProbe() {}

  static FirecrackerVersion probe(Path binary, Duration timeout)
      throws FirecrackerException, InterruptedException {
    // Output goes to a file, not a pipe: nothing can block on a full pipe or on a grandchild that
    // keeps the pipe open, so waitFor's timeout bounds the whole probe.
    Path output = createOutputFile();
    try {
      return parse(binary, run(binary, output, timeout));
    } finally {
      deleteQuietly(output);
    }
  }

  private static String run(Path binary, Path output, Duration timeout)
      throws FirecrackerException, InterruptedException {
    Process process = start(binary, output);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new FirecrackerTimeoutException(
          binary + " --version did not exit within " + timeout.toMillis() + " ms", timeout, null);
    }
    String text = read(output);
    if (process.exitValue() != 0) {
      throw new FirecrackerException(
          binary + " --version exited " + process.exitValue() + ": " + text.strip());
    }
    return text;
  }

  private static FirecrackerVersion parse(Path binary, String text) throws FirecrackerException {
    try {
      return FirecrackerVersion.parse(text);
    } catch (IllegalArgumentException ex) {
      throw new FirecrackerException(binary + " --version: " + ex.getMessage(), ex);
    }
  }

  private static Process start(Path binary, Path output) throws FirecrackerException {
    ProcessBuilder builder = new ProcessBuilder(binary.toString(), "--version");
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    try {
      return builder.start();
    } catch (IOException ex) {
      throw new FirecrackerException(
          "cannot run "
              + binary
              + " --version: "
              + ex.getMessage()
              + "; check the path and that it is executable",
          ex);
    }
  }

  private static Path createOutputFile() throws FirecrackerException {
    try {
      return Files.createTempFile("knaller-firecracker-version", ".txt");
    } catch (IOException ex) {
      throw new FirecrackerException("cannot create a temp file for --version output", ex);
    }
  }

  private static String read(Path output) throws FirecrackerException {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new FirecrackerException("cannot read --version output from " + output, ex);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover temp file of a few bytes is harmless; the probe result matters more.
    }
  }
}
