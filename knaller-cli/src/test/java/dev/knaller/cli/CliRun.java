package dev.knaller.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in this JVM against a given data directory and captures stdout and stderr. */
record CliRun(int exitCode, String stdout, String stderr) {
  static synchronized CliRun of(Path dataDirectory, String... args) {
    PrintStream originalOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    String previous = System.setProperty(CliPaths.PROPERTY, dataDirectory.toString());
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine commandLine = Main.commandLine();
      commandLine.setErr(new PrintWriter(err, true));
      int code = commandLine.execute(args);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(originalOut);
      if (previous == null) {
        System.clearProperty(CliPaths.PROPERTY);
      } else {
        System.setProperty(CliPaths.PROPERTY, previous);
      }
    }
  }
}
