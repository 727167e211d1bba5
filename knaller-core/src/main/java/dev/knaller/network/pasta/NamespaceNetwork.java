package dev.knaller.network.pasta;

import java.util.regex.Pattern;

/**
 * The values the launch script needs to build a VM's network in pasta's namespace.
 *
 * @param tapName the TAP Firecracker attaches to, at most 15 bytes of {@code [A-Za-z0-9_-]}
 * @param gatewayWithLength the TAP's address with the subnet length, e.g. {@code 172.16.0.1/30}
 * @param gateway the TAP's address alone, the source the guest sees for forwarded connections
 * @param guest the guest's address, target of the SSH DNAT
 */
public record NamespaceNetwork(
    String tapName, String gatewayWithLength, String gateway, String guest) {
  private static final Pattern TAP = Pattern.compile("[A-Za-z0-9_-]{1,15}");
  private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** Rejects values the script would refuse anyway, so the mistake shows up in the caller. */
  public NamespaceNetwork {
    require(TAP.matcher(tapName).matches(), "TAP name", tapName);
    require(gatewayWithLength.startsWith(gateway + "/"), "gateway with length", gatewayWithLength);
    require(ADDRESS.matcher(gateway).matches(), "gateway address", gateway);
    require(ADDRESS.matcher(guest).matches(), "guest address", guest);
  }

  private static void require(boolean valid, String what, String value) {
    if (!valid) {
      throw new IllegalArgumentException("invalid " + what + ": \"" + value + "\"");
    }
  }
}
