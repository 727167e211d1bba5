package dev.knaller.firecracker.model;

import java.util.List;

/**
 * The MMDS settings ({@code PUT /mmds/config}); {@code imds_compat} needs 1.13+. Required: {@code
 * network_interfaces}.
 */
public record MmdsConfig(
    List<String> networkInterfaces, MmdsVersion version, String ipv4Address, Boolean imdsCompat) {
  /** Checks the fields the API requires and copies lists so the record is immutable. */
  public MmdsConfig {
    Required.check(networkInterfaces, "MmdsConfig", "network_interfaces");
    networkInterfaces = networkInterfaces == null ? null : List.copyOf(networkInterfaces);
  }
}
