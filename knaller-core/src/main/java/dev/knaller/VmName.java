package dev.knaller;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A validated VM name. The name becomes a path component, a socket file name, a TAP name part and a
 * kernel hostname, so only lower-case ASCII letters, digits and inner hyphens are allowed: no dot
 * (so no {@code .} or {@code ..}), no slash, no leading dash that a tool could take as an option,
 * nothing the shell or the kernel's colon-separated {@code ip=} argument would split.
 */
public record VmName(String value) {
  /** The rule, as users read it in error messages. */
  public static final String RULE = "[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?";

  public static final int MAX_LENGTH = 32;

  private static final Pattern PATTERN = Pattern.compile(RULE);
  private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final int RANDOM_SUFFIX_LENGTH = 6;
  private static final int SHOWN_PREFIX = 40;

  /**
   * Creates a name.
   *
   * @throws IllegalArgumentException with {@link #problem}'s text when the name breaks the rule
   */
  public VmName {
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  /**
   * Returns why {@code candidate} is not a valid name (with the rule and a remedy), if it is not.
   */
  public static Optional<String> problem(String candidate) {
    if (PATTERN.matcher(candidate).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "invalid VM name "
            + quoted(candidate)
            + ": "
            + reason(candidate)
            + "; a name must match "
            + RULE
            + " (1 to 32 lower-case letters, digits and inner hyphens), for example \"web-1\"");
  }

  /** Returns a fresh random name, for when none is given (see {@link #random(RandomGenerator)}). */
  public static VmName random() {
    return random(ThreadLocalRandom.current());
  }

  /** Returns a fresh name {@code vm-} plus 6 random base-36 characters, for when none is given. */
  public static VmName random(RandomGenerator random) {
    StringBuilder name = new StringBuilder("vm-");
    for (int i = 0; i < RANDOM_SUFFIX_LENGTH; i++) {
      name.append(BASE36.charAt(random.nextInt(BASE36.length())));
    }
    return new VmName(name.toString());
  }

  @Override
  public String toString() {
    return value;
  }

  private static String reason(String candidate) {
    if (candidate.isEmpty()) {
      return "it is empty";
    }
    if (candidate.length() > MAX_LENGTH) {
      return "it has " + candidate.length() + " characters, at most " + MAX_LENGTH + " are allowed";
    }
    int offending = firstOffendingIndex(candidate);
    if (offending >= 0) {
      return "character "
          + describe(candidate.codePointAt(offending))
          + " at position "
          + (offending + 1)
          + " is not allowed";
    }
    return "it must start and end with a letter or digit, not a hyphen";
  }

  private static int firstOffendingIndex(String candidate) {
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!allowed) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(int codePoint) {
    if (codePoint >= 'A' && codePoint <= 'Z') {
      return "'" + Character.toString(codePoint) + "' (upper case; use lower case)";
    }
    if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
      return String.format("U+%04X (whitespace or control)", codePoint);
    }
    return "'" + Character.toString(codePoint) + "'";
  }

  // Quotes the name for a one-line message: control characters escaped, long names shortened.
  private static String quoted(String candidate) {
    String shown =
        candidate.length() > SHOWN_PREFIX
            ? candidate.substring(0, SHOWN_PREFIX) + "..."
            : candidate;
    StringBuilder out = new StringBuilder("\"");
    shown.codePoints().forEach(cp -> out.append(escaped(cp)));
    return out.append('"').toString();
  }

  private static String escaped(int codePoint) {
    if (codePoint == '"' || codePoint == '\\') {
      return "\\" + Character.toString(codePoint);
    }
    if (Character.isISOControl(codePoint)) {
      return String.format("\\u%04x", codePoint);
    }
    return Character.toString(codePoint);
  }
}
