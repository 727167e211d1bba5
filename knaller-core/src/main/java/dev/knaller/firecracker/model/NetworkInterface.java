package dev.knaller.firecracker.model;

/**
 * A virtio-net device backed by a TAP ({@code PUT /network-interfaces/{id}}); {@code mtu} needs
 * 1.16+. Required: {@code iface_id}, {@code host_dev_name}.
 */
public record NetworkInterface(
    String ifaceId,
    String hostDevName,
    String guestMac,
    Integer mtu,
    RateLimiter rxRateLimiter,
    RateLimiter txRateLimiter) {
  /** Checks the fields the API requires. */
  public NetworkInterface {
    Required.check(ifaceId, "NetworkInterface", "iface_id");
    Required.check(hostDevName, "NetworkInterface", "host_dev_name");
  }

  /** Returns an interface on TAP {@code hostDevName} with an optional fixed MAC. */
  public static NetworkInterface of(String ifaceId, String hostDevName, String guestMac) {
    return new NetworkInterface(ifaceId, hostDevName, guestMac, null, null, null);
  }

  /** Returns a copy with MTU {@code mtu} advertised to the guest (68..65535, Firecracker 1.16+). */
  public NetworkInterface withMtu(int mtu) {
    return new NetworkInterface(ifaceId, hostDevName, guestMac, mtu, rxRateLimiter, txRateLimiter);
  }

  /** Returns a copy with receive and transmit rate limiters. */
  public NetworkInterface withRateLimiters(RateLimiter rx, RateLimiter tx) {
    return new NetworkInterface(ifaceId, hostDevName, guestMac, mtu, rx, tx);
  }
}
