package dev.knaller.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link BootTimer}'s table: the first round (cold code in this JVM), the median of the rest. */
final class BootReport {
  private final Map<String, List<Double>> millis;

  BootReport(Map<String, List<Double>> millis) {
    this.millis = millis;
  }

  void print(PrintStream out) {
    out.println("| part | round 1 ms (cold JVM) | median of rounds 2.. ms |");
    out.println("|---|---|---|");
    for (Map.Entry<String, List<Double>> entry : millis.entrySet()) {
      List<Double> values = entry.getValue();
      double rest =
          values.size() > 1 ? Medians.median(values.subList(1, values.size())) : Double.NaN;
      out.println(
          String.format(Locale.ROOT, "| %s | %.1f | %.1f |", entry.getKey(), values.get(0), rest));
    }
    out.println("(" + millis.values().iterator().next().size() + " rounds)");
  }
}
