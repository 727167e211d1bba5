package dev.knaller.firecracker.model;

/**
 * A vsock device ({@code PUT /vsock}); Firecracker binds {@code uds_path} at PUT time. {@code
 * vsock_id} is deprecated. Required: {@code guest_cid}, {@code uds_path}.
 */
public record Vsock(Integer guestCid, String udsPath, String vsockId) {
  /** Checks the fields the API requires. */
  public Vsock {
    Required.check(guestCid, "Vsock", "guest_cid");
    Required.check(udsPath, "Vsock", "uds_path");
  }
}
