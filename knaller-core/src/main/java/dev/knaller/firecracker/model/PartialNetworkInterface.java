package dev.knaller.firecracker.model;

/**
 * New rate limiters for a network interface after boot ({@code PATCH /network-interfaces/{id}}).
 * Required: {@code iface_id}.
 */
public record PartialNetworkInterface(
    String ifaceId, RateLimiter rxRateLimiter, RateLimiter txRateLimiter) {
  /** Checks the fields the API requires. */
  public PartialNetworkInterface {
    Required.check(ifaceId, "PartialNetworkInterface", "iface_id");
  }
}
