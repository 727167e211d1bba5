package dev.knaller.firecracker.model;

/** Modifies one model-specific register (x86_64). Required: {@code addr}, {@code bitmap}. */
public record MsrModifier(String addr, String bitmap) {
  /** Checks the fields the API requires. */
  public MsrModifier {
    Required.check(addr, "MsrModifier", "addr");
    Required.check(bitmap, "MsrModifier", "bitmap");
  }
}
