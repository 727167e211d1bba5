package dev.knaller.emulator;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Log lines in Firecracker's format, {@code <time> [<id>:<thread>] <message>}, on stdout. */
final class FirecrackerLog {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS");
  private final String instanceId;
  private final PrintStream out;

  FirecrackerLog(String instanceId, PrintStream out) {
    this.instanceId = instanceId;
    this.out = out;
  }

  void info(String thread, String message) {
    out.println(
        LocalDateTime.now(ZoneId.systemDefault()).format(TIME)
            + " ["
            + instanceId
            + ":"
            + thread
            + "] "
            + message);
    out.flush();
  }
}
