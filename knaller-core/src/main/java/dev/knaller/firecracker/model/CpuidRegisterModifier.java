package dev.knaller.firecracker.model;

/**
 * Modifies one CPUID register; the bitmap is {@code 0b} and 32 of {@code 0}, {@code 1}, {@code x}.
 * Required: {@code register}, {@code bitmap}.
 */
public record CpuidRegisterModifier(CpuidRegister register, String bitmap) {
  /** Checks the fields the API requires. */
  public CpuidRegisterModifier {
    Required.check(register, "CpuidRegisterModifier", "register");
    Required.check(bitmap, "CpuidRegisterModifier", "bitmap");
  }
}
