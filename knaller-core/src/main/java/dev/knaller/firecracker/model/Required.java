package dev.knaller.firecracker.model;

/** Fails fast, naming the definition and the wire field, when a required API field is missing. */
final class Required {
  private Required() {}

  static void check(Object value, String definition, String field) {
    if (value == null) {
      throw new IllegalArgumentException(
          definition + ": " + field + " is required by the Firecracker API; set it");
    }
  }
}
