package dev.knaller.firecracker;

/**
 * Checks resource ids in paths as Firecracker's {@code checked_id} does: non-empty, Unicode letters
 * and digits and {@code _} only. Hyphens are refused by the server, so they are refused here.
 */
final class PathIds {
  private PathIds() {}

  static String check(String kind, String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException(kind + " must not be empty");
    }
    if (!isAllowed(id)) {
      throw new IllegalArgumentException(
          kind
              + " \""
              + id
              + "\" may hold only letters, digits and '_' (Firecracker refuses others, hyphens"
              + " included); rename it, e.g. to \""
              + id.replaceAll("[^\\p{IsAlphabetic}\\p{N}_]", "_")
              + "\"");
    }
    return id;
  }

  private static boolean isAllowed(String id) {
    for (int i = 0; i < id.length(); i = id.offsetByCodePoints(i, 1)) {
      if (!isAllowed(id.codePointAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Rust's {@code char::is_alphanumeric}: the Unicode Alphabetic property or any number. */
  private static boolean isAllowed(int c) {
    int type = Character.getType(c);
    boolean numeric =
        type == Character.DECIMAL_DIGIT_NUMBER
            || type == Character.LETTER_NUMBER
            || type == Character.OTHER_NUMBER;
    return c == '_' || numeric || Character.isAlphabetic(c);
  }
}
