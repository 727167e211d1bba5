package dev.knaller.bench;

import dev.knaller.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarises JMH JSON results of several rounds ({@code -rf json}, one file per round): per
 * benchmark the median over rounds of its p50, and per group ({@code getVersion}, {@code start},
 * ...) the median over rounds of the same-round ratios Emulator/Raw and Replay/Raw.
 */
public final class JmhSummary {

  private JmhSummary() {}

  public static void main(String[] args) throws Exception {
    List<Map<String, Double>> rounds = new ArrayList<>();
    for (String file : args) {
      rounds.add(p50s(Path.of(file)));
    }
    System.out.println(
        "| calls | emulator p50 µs | replay p50 µs | raw p50 µs | raw+selector p50 µs"
            + " | emulator/raw | replay/raw | replay/raw+selector |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (String group : groups(rounds.get(0))) {
      System.out.println(row(group, rounds));
    }
    System.out.println("(" + rounds.size() + " JMH rounds; p50 of SampleTime, median over rounds)");
    System.out.println("p50 per round, µs:");
    for (String benchmark : rounds.get(0).keySet()) {
      System.out.println("    " + benchmark + " " + perRound(rounds, benchmark));
    }
  }

  private static String row(String group, List<Map<String, Double>> rounds) {
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |",
        group,
        median(rounds, group + "Emulator"),
        median(rounds, group + "Replay"),
        median(rounds, group + "Raw"),
        median(rounds, group + "RawSelector"),
        ratio(rounds, group + "Emulator", group + "Raw"),
        ratio(rounds, group + "Replay", group + "Raw"),
        ratio(rounds, group + "Replay", group + "RawSelector"));
  }

  private static String perRound(List<Map<String, Double>> rounds, String benchmark) {
    StringBuilder line = new StringBuilder();
    for (Map<String, Double> round : rounds) {
      line.append(String.format(Locale.ROOT, "%.1f ", round.getOrDefault(benchmark, Double.NaN)));
    }
    return line.toString().trim();
  }

  private static double median(List<Map<String, Double>> rounds, String benchmark) {
    List<Double> values = new ArrayList<>();
    for (Map<String, Double> round : rounds) {
      values.add(round.getOrDefault(benchmark, Double.NaN));
    }
    return Medians.median(values);
  }

  private static double ratio(List<Map<String, Double>> rounds, String over, String under) {
    List<Double> values = new ArrayList<>();
    for (Map<String, Double> round : rounds) {
      values.add(round.getOrDefault(over, Double.NaN) / round.getOrDefault(under, Double.NaN));
    }
    return Medians.median(values);
  }

  private static List<String> groups(Map<String, Double> round) {
    List<String> groups = new ArrayList<>();
    for (String benchmark : round.keySet()) {
      if (benchmark.endsWith("Raw")) {
        groups.add(benchmark.substring(0, benchmark.length() - "Raw".length()));
      }
    }
    return groups;
  }

  /** Benchmark method name to its p50, from one JMH JSON file. */
  private static Map<String, Double> p50s(Path file) throws Exception {
    Map<String, Double> result = new LinkedHashMap<>();
    for (Object entry : (List<?>) JsonReader.parse(Files.readString(file))) {
      Map<?, ?> benchmark = (Map<?, ?>) entry;
      String name = (String) benchmark.get("benchmark");
      Map<?, ?> metric = (Map<?, ?>) benchmark.get("primaryMetric");
      Map<?, ?> percentiles = (Map<?, ?>) metric.get("scorePercentiles");
      result.put(
          name.substring(name.lastIndexOf('.') + 1),
          ((Number) percentiles.get("50.0")).doubleValue());
    }
    return result;
  }
}
