package dev.knaller.firecracker.model;

/**
 * Modifies one entry of {@code kvm_vcpu_init.features} (aarch64). Required: {@code index}, {@code
 * bitmap}.
 */
public record VcpuFeatures(Integer index, String bitmap) {
  /** Checks the fields the API requires. */
  public VcpuFeatures {
    Required.check(index, "VcpuFeatures", "index");
    Required.check(bitmap, "VcpuFeatures", "bitmap");
  }
}
