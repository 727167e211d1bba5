package dev.knaller.firecracker.model;

/**
 * A new TAP for an interface on snapshot restore (1.12+). Required: {@code iface_id}, {@code
 * host_dev_name}.
 */
public record NetworkOverride(String ifaceId, String hostDevName) {
  /** Checks the fields the API requires. */
  public NetworkOverride {
    Required.check(ifaceId, "NetworkOverride", "iface_id");
    Required.check(hostDevName, "NetworkOverride", "host_dev_name");
  }
}
