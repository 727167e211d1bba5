package dev.knaller.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One process as {@code /proc} showed it during a scan.
 *
 * @param argv the command line split on NUL; empty for kernel threads and zombies
 * @param startedAt boot time plus the start tick count at 100 ticks a second (see {@link
 *     ProcessTable})
 */
public record ProcessInfo(long pid, long parentPid, List<String> argv, Instant startedAt) {
  public ProcessInfo {
    argv = List.copyOf(argv);
  }

  /**
   * Returns every value that follows {@code flag} as the next argv element, in order: for pasta's
   * {@code -t 127.0.0.1/2222:22 -t ...}, {@code optionValues("-t")} gives both specs.
   */
  public List<String> optionValues(String flag) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i + 1 < argv.size(); i++) {
      if (argv.get(i).equals(flag)) {
        values.add(argv.get(i + 1));
      }
    }
    return List.copyOf(values);
  }

  /** True when {@code flag} is immediately followed by exactly {@code value} in the argv. */
  public boolean hasOption(String flag, String value) {
    return optionValues(flag).contains(value);
  }
}
