package dev.knaller.firecracker.model;

/** Modifies one ARM register (aarch64). Required: {@code addr}, {@code bitmap}. */
public record ArmRegisterModifier(String addr, String bitmap) {
  /** Checks the fields the API requires. */
  public ArmRegisterModifier {
    Required.check(addr, "ArmRegisterModifier", "addr");
    Required.check(bitmap, "ArmRegisterModifier", "bitmap");
  }
}
