package dev.knaller.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The round-robin table: median, min, max, and the median of per-round ratios to a baseline. */
final class RoundRobinReport {
  private final Map<String, List<Double>> millis;
  private final String baseline;

  RoundRobinReport(Map<String, List<Double>> millis, String baseline) {
    this.millis = millis;
    this.baseline = baseline;
  }

  void print(PrintStream out) {
    out.println("| variant | median ms | min | max | ratio to " + baseline + " |");
    out.println("|---|---|---|---|---|");
    for (Map.Entry<String, List<Double>> entry : millis.entrySet()) {
      List<Double> values = entry.getValue();
      out.println(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.0f | %.0f | %.2f |",
              entry.getKey(),
              Medians.median(values),
              Medians.min(values),
              Medians.max(values),
              Medians.median(ratios(values))));
    }
    out.println("(" + millis.get(baseline).size() + " rounds)");
  }

  // Same-round pairs: a noisy round slows both, so their ratio is steadier than a ratio of medians.
  private List<Double> ratios(List<Double> values) {
    List<Double> base = millis.get(baseline);
    List<Double> result = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      result.add(values.get(i) / base.get(i));
    }
    return result;
  }
}
