package dev.knaller.cli.args;

import java.util.Comparator;
import java.util.List;

/** "Did you mean ...?" for a mistyped option or command: the nearest known word, if near enough. */
public final class Suggestion {
  // Two edits catch a swapped pair of letters, a missing dash or a typo; more suggests nonsense.
  private static final int MAX_EDITS = 2;

  private Suggestion() {}

  /** Returns {@code "; did you mean X?"} for the nearest of {@code known}, or an empty string. */
  public static String among(String typed, List<String> known) {
    return known.stream()
        .filter(word -> distance(typed, word) <= MAX_EDITS || word.startsWith(typed))
        .min(Comparator.comparingInt(word -> distance(typed, word)))
        .map(word -> "; did you mean " + word + "?")
        .orElse("");
  }

  // Levenshtein distance, one row at a time.
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] current = new int[b.length() + 1];
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      previous = current;
    }
    return previous[b.length()];
  }
}
