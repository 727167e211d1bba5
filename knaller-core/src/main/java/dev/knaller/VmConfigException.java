package dev.knaller;

import java.util.List;
import java.util.stream.Collectors;

/** A {@link VmConfig} breaks one or more rules; every bad field is listed, not just the first. */
public final class VmConfigException extends KnallerException {
  private static final long serialVersionUID = 1L;

  private final List<ConfigViolation> violations;

  public VmConfigException(List<ConfigViolation> violations) {
    super(message(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a VmConfigException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public List<ConfigViolation> violations() {
    return violations;
  }

  private static String message(List<ConfigViolation> violations) {
    return violations.stream()
        .map(violation -> "  - " + violation)
        .collect(Collectors.joining("\n", "invalid VM configuration:\n", ""));
  }
}
