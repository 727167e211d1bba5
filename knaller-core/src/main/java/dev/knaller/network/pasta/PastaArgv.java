package dev.knaller.network.pasta;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back what {@link PastaCommand} put into a running pasta's argv (for {@code list}). */
public final class PastaArgv {
  private static final Pattern FORWARD = Pattern.compile("127\\.0\\.0\\.1/(\\d{1,5}):22");

  private PastaArgv() {}

  /** True when {@code argv} is a pasta command line: its program's file name starts with pasta. */
  public static boolean isPasta(List<String> argv) {
    if (argv.isEmpty()) {
      return false;
    }
    String program = argv.get(0);
    return program.substring(program.lastIndexOf('/') + 1).startsWith("pasta");
  }

  /** Returns the host port of the {@code -t 127.0.0.1/<port>:22} forward, if argv has one. */
  public static OptionalInt sshHostPort(List<String> argv) {
    for (int i = 0; i + 1 < argv.size() && !argv.get(i).equals("--"); i++) {
      Matcher forward = FORWARD.matcher(argv.get(i + 1));
      if (argv.get(i).equals("-t") && forward.matches()) {
        return OptionalInt.of(Integer.parseInt(forward.group(1)));
      }
    }
    return OptionalInt.empty();
  }
}
