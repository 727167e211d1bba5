package dev.knaller.firecracker.model;

import java.util.List;

/**
 * Modifies one CPUID leaf and subleaf (x86_64); indices as hex, binary or decimal strings.
 * Required: {@code leaf}, {@code subleaf}, {@code flags}, {@code modifiers}.
 */
public record CpuidLeafModifier(
    String leaf, String subleaf, Integer flags, List<CpuidRegisterModifier> modifiers) {
  /** Checks the fields the API requires and copies lists so the record is immutable. */
  public CpuidLeafModifier {
    Required.check(leaf, "CpuidLeafModifier", "leaf");
    Required.check(subleaf, "CpuidLeafModifier", "subleaf");
    Required.check(flags, "CpuidLeafModifier", "flags");
    Required.check(modifiers, "CpuidLeafModifier", "modifiers");
    modifiers = modifiers == null ? null : List.copyOf(modifiers);
  }
}
