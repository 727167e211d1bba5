package dev.knaller.firecracker.model;

/** A new vsock Unix socket path on snapshot restore (1.16+). Required: {@code uds_path}. */
public record VsockOverride(String udsPath) {
  /** Checks the fields the API requires. */
  public VsockOverride {
    Required.check(udsPath, "VsockOverride", "uds_path");
  }
}
