package dev.knaller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** The host's physical memory, as {@code MemTotal} in /proc/meminfo states it (in KiB). */
final class HostMemory {
  private static final Path MEMINFO = Path.of("/proc/meminfo");
  private static final String KEY = "MemTotal:";

  private HostMemory() {}

  /** The host's physical memory in MiB; empty when /proc/meminfo cannot be read. */
  static OptionalLong totalMib() {
    try {
      return totalMib(Files.readAllLines(MEMINFO));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** Reads {@code MemTotal: 16318412 kB} from meminfo's lines. */
  static OptionalLong totalMib(List<String> meminfo) {
    for (String line : meminfo) {
      if (line.startsWith(KEY)) {
        String[] fields = line.substring(KEY.length()).strip().split("\\s+", -1);
        try {
          return OptionalLong.of(Long.parseLong(fields[0]) / 1024);
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }
}
