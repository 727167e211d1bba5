package dev.knaller.network;

/**
 * A VM's network inside its namespace: the TAP Firecracker attaches to, the /30 on it, the TAP
 * side's address (the guest's gateway) and the guest's own address, and the guest NIC's MAC.
 *
 * @param tapName at most 15 bytes of {@code [A-Za-z0-9_-]} (IFNAMSIZ is 16 with the NUL)
 * @param subnet the /30
 * @param gateway the first host address of the subnet, assigned to the TAP
 * @param guest the second host address of the subnet, configured in the guest by {@code ip=}
 * @param guestMac {@code AA:FC:00:xx:xx:xx}, upper-case hex
 */
public record NetworkPlan(
    String tapName, Ipv4Prefix subnet, Ipv4Address gateway, Ipv4Address guest, String guestMac) {
  /** Returns the subnet's netmask, 255.255.255.252. */
  public Ipv4Address netmask() {
    return subnet.netmask();
  }

  /** Returns the TAP address with its prefix length, as {@code ip addr add} takes it. */
  public String gatewayWithLength() {
    return gateway + "/" + subnet.length();
  }
}
