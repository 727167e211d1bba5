package dev.knaller.firecracker;

/** Semver precedence of pre-release tags: none ranks highest; numeric parts compare as numbers. */
final class PreRelease {
  private PreRelease() {}

  static int compare(String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Boolean.compare(left.isEmpty(), right.isEmpty());
    }
    String[] leftParts = left.split("\\.", -1);
    String[] rightParts = right.split("\\.", -1);
    for (int i = 0; i < Math.min(leftParts.length, rightParts.length); i++) {
      int order = compareIdentifier(leftParts[i], rightParts[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(leftParts.length, rightParts.length);
  }

  private static int compareIdentifier(String left, String right) {
    boolean leftNumeric = isNumeric(left);
    boolean rightNumeric = isNumeric(right);
    if (leftNumeric && rightNumeric) {
      return left.length() != right.length()
          ? Integer.compare(left.length(), right.length())
          : left.compareTo(right);
    }
    if (leftNumeric != rightNumeric) {
      return leftNumeric ? -1 : 1;
    }
    return left.compareTo(right);
  }

  private static boolean isNumeric(String part) {
    for (int i = 0; i < part.length(); i++) {
      if (part.charAt(i) < '0' || part.charAt(i) > '9') {
        return false;
      }
    }
    return !part.isEmpty();
  }
}
