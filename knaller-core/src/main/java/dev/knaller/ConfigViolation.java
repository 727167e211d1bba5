package dev.knaller;

/**
 * One bad field of a {@link VmConfig}: which field, what is wrong with the given value (the rule it
 * breaks) and what to do about it.
 *
 * @param field the builder method / CLI flag concept, for example {@code vcpus}
 * @param problem the value and the rule it breaks
 * @param remedy what the caller can change
 */
public record ConfigViolation(String field, String problem, String remedy) {
  @Override
  public String toString() {
    return field + ": " + problem + "; " + remedy;
  }
}
