package dev.knaller.emulator.backend.qemu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/** Drains QEMU's stderr to this process's stderr and keeps the last lines for error messages. */
final class QemuStderr {
  private static final int LINES = 10;
  private final ArrayDeque<String> last = new ArrayDeque<>();
  private volatile Thread drainer;

  static QemuStderr drain(InputStream stream) {
    QemuStderr tail = new QemuStderr();
    tail.drainer = Thread.ofVirtual().name("qemu-stderr").start(() -> tail.read(stream));
    return tail;
  }

  /** Waits until QEMU's stderr reached its end (QEMU exited), at most {@code timeout}. */
  void awaitEnd(Duration timeout) throws InterruptedException {
    drainer.join(timeout);
  }

  private void read(InputStream stream) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        System.err.println(line);
        add(line);
      }
    } catch (IOException e) {
      add("(stderr unreadable: " + e.getMessage() + ")");
    }
  }

  private synchronized void add(String line) {
    if (last.size() == LINES) {
      last.removeFirst();
    }
    last.addLast(line);
  }

  synchronized List<String> lines() {
    return List.copyOf(last);
  }

  String text() {
    List<String> lines = lines();
    return lines.isEmpty() ? "(no stderr output)" : String.join(" | ", lines);
  }
}
