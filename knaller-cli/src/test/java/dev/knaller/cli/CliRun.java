package dev.knaller.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the CLI in this JVM against a given data directory and captures stdout and stderr. */
record CliRun(int exitCode, String stdout, String stderr) {
  static synchronized CliRun of(Path dataDirectory, String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String previous = System.setProperty(CliPaths.PROPERTY, dataDirectory.toString());
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new CliRun(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
      if (previous == null) {
        System.clearProperty(CliPaths.PROPERTY);
      } else {
        System.setProperty(CliPaths.PROPERTY, previous);
      }
    }
  }
}
