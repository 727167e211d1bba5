package dev.knaller.emulator.api;

import java.util.Optional;

/** Firecracker's {@code checked_id}: runs before the body is parsed. */
final class ResourceIds {
  private ResourceIds() {}

  static String checked(Optional<String> id) throws Fault {
    if (id.isEmpty() || id.get().isEmpty()) {
      throw new Fault("The ID cannot be empty.");
    }
    if (!id.get().codePoints().allMatch(ResourceIds::allowed)) {
      throw new Fault("API Resource IDs can only contain alphanumeric characters and underscores.");
    }
    return id.get();
  }

  /** Rust's {@code char::is_alphanumeric} (Alphabetic or Numeric) or an underscore. */
  private static boolean allowed(int cp) {
    int type = Character.getType(cp);
    return cp == '_'
        || Character.isAlphabetic(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
