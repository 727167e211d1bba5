package dev.knaller.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of a small sample: medians are what the reports quote on a noisy machine. */
final class Medians {
  private Medians() {}

  static double median(List<Double> values) {
    List<Double> sorted = sorted(values);
    int size = sorted.size();
    if (size == 0) {
      return Double.NaN;
    }
    return size % 2 == 1
        ? sorted.get(size / 2)
        : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
  }

  static double min(List<Double> values) {
    return values.isEmpty() ? Double.NaN : Collections.min(values);
  }

  static double max(List<Double> values) {
    return values.isEmpty() ? Double.NaN : Collections.max(values);
  }

  private static List<Double> sorted(List<Double> values) {
    List<Double> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }
}
