package dev.knaller.firecracker.model;

/**
 * The guest kernel, optional initrd and kernel command line ({@code PUT /boot-source}). Required:
 * {@code kernel_image_path}.
 */
public record BootSource(String kernelImagePath, String bootArgs, String initrdPath) {
  /** Checks the fields the API requires. */
  public BootSource {
    Required.check(kernelImagePath, "BootSource", "kernel_image_path");
  }

  /** Returns a boot source of {@code kernelImagePath} with command line {@code bootArgs}. */
  public static BootSource of(String kernelImagePath, String bootArgs) {
    return new BootSource(kernelImagePath, bootArgs, null);
  }
}
