package dev.knaller.cli.args;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?" for a mistyped option or command: the nearest known word, if near enough. */
public final class Suggestion {
  // Two edits catch a swapped pair of letters, a missing dash or a typo; more suggests nonsense.
  private static final int MAX_EDITS = 2;

  private Suggestion() {}

  // A known word this long at the start of a longer typed one ("--mem" in "--memory") is meant.
  private static final int MIN_PREFIX = 3;

  /**
   * Returns {@code "; did you mean X?"} for the nearest of {@code known}, or an empty string. Case
   * is ignored; a word that starts the typed one, or that the typed one starts, counts as near.
   */
  public static String among(String typed, List<String> known) {
    if (typed.isBlank()) {
      return "";
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(word -> isNear(lower, word))
        .min(Comparator.comparingInt(word -> distance(lower, word)))
        .map(word -> "; did you mean " + word + "?")
        .orElse("");
  }

  private static boolean isNear(String typed, String word) {
    return distance(typed, word) <= MAX_EDITS
        || word.startsWith(typed)
        || (word.length() >= MIN_PREFIX && typed.startsWith(word));
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
