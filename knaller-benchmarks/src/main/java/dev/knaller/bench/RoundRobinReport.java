package dev.knaller.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The round-robin table: median, min, max, and the median of per-round ratios to a baseline. */
final class RoundRobinReport {
  private final Map<String, List<Double>> millis;
  private final List<String> baselines;

  RoundRobinReport(Map<String, List<Double>> millis, List<String> baselines) {
    this.millis = millis;
    this.baselines = baselines;
  }

  void print(PrintStream out) {
    StringBuilder head = new StringBuilder("| variant | median ms | min | max |");
    StringBuilder rule = new StringBuilder("|---|---|---|---|");
    for (String baseline : baselines) {
      head.append(" ratio to ").append(baseline).append(" |");
      rule.append("---|");
    }
    out.println(head);
    out.println(rule);
    for (Map.Entry<String, List<Double>> entry : millis.entrySet()) {
      out.println(row(entry.getKey(), entry.getValue()));
    }
    out.println(
        "("
            + millis.get(baselines.get(0)).size()
            + " rounds, medians; ratios are medians of same-round ratios)");
  }

  private String row(String name, List<Double> values) {
    StringBuilder row =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %.0f |",
                name,
                Medians.median(values),
                Medians.min(values),
                Medians.max(values)));
    for (String baseline : baselines) {
      row.append(String.format(Locale.ROOT, " %.2f |", Medians.median(ratios(values, baseline))));
    }
    return row.toString();
  }

  // Same-round pairs: a noisy round slows both, so their ratio is steadier than a ratio of medians.
  private List<Double> ratios(List<Double> values, String baseline) {
    List<Double> base = millis.get(baseline);
    List<Double> result = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      result.add(values.get(i) / base.get(i));
    }
    return result;
  }
}
