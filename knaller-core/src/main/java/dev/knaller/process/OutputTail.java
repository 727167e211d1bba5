package dev.knaller.process;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Keeps the last bytes written by a child (at most {@link #MAX_BYTES}), to quote at most {@link
 * #MAX_LINES} of its last lines in an error message. Thread-safe: one drainer writes, anyone reads.
 */
public final class OutputTail {
  public static final int MAX_BYTES = 4096;
  public static final int MAX_LINES = 20;

  private final byte[] ring = new byte[MAX_BYTES];
  private long written;

  synchronized void append(byte[] bytes, int offset, int length) {
    for (int i = 0; i < length; i++) {
      ring[(int) (written++ % MAX_BYTES)] = bytes[offset + i];
    }
  }

  /** Returns the last lines, joined by {@code \n}, without a trailing newline. */
  public String text() {
    return String.join("\n", lines());
  }

  /** Returns the last lines (at most 20), the first one dropped when it was cut by the buffer. */
  public synchronized List<String> lines() {
    byte[] bytes = snapshot();
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    if (written > MAX_BYTES && !lines.isEmpty()) {
      lines = lines.subList(1, lines.size());
    }
    return List.copyOf(lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size()));
  }

  private synchronized byte[] snapshot() {
    int size = (int) Math.min(written, MAX_BYTES);
    byte[] copy = new byte[size];
    for (int i = 0; i < size; i++) {
      copy[i] = ring[(int) ((written - size + i) % MAX_BYTES)];
    }
    return copy;
  }
}
