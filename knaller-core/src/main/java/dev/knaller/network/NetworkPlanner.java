package dev.knaller.network;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Derives a VM's {@link NetworkPlan} from its name and the prefixes present in its namespace.
 * Deterministic: the same inputs always give the same plan, so {@code list} can recompute it.
 */
public final class NetworkPlanner {
  /** IFNAMSIZ is 16 bytes including the NUL. */
  public static final int MAX_TAP_NAME_BYTES = 15;

  private static final String TAP_PREFIX = "kn-";
  private static final Pattern TAP_SAFE = Pattern.compile("[A-Za-z0-9_-]+");
  private static final int TAP_HASH_BYTES = 4;

  private final SubnetAllocator subnets;

  public NetworkPlanner() {
    this(new SubnetAllocator());
  }

  public NetworkPlanner(SubnetAllocator subnets) {
    this.subnets = subnets;
  }

  /**
   * Returns the plan for {@code name}.
   *
   * @throws NetworkException when every /30 of the pool intersects a host prefix
   */
  public NetworkPlan plan(String name, Collection<Ipv4Prefix> hostPrefixes)
      throws NetworkException {
    Ipv4Prefix subnet = subnets.allocate(name, hostPrefixes).orElseThrow(() -> noSubnet(name));
    Ipv4Address gateway = subnet.network().plus(1);
    return new NetworkPlan(tapName(name), subnet, gateway, gateway.plus(1), guestMac(name));
  }

  /**
   * Returns {@code kn-<name>} when that is at most 15 bytes of {@code [A-Za-z0-9_-]}, else {@code
   * kn-} plus 8 hex digits of the name's hash (always 11 bytes). Names are not truncated: two names
   * sharing their first characters would get one TAP name.
   */
  public static String tapName(String name) {
    String direct = TAP_PREFIX + name;
    boolean fits = direct.getBytes(StandardCharsets.UTF_8).length <= MAX_TAP_NAME_BYTES;
    if (fits && TAP_SAFE.matcher(direct).matches()) {
      return direct;
    }
    return TAP_PREFIX + NameHash.of("tap", name).hexPrefix(TAP_HASH_BYTES);
  }

  /**
   * Returns {@code AA:FC:00:xx:xx:xx} with the last three octets from the name's hash. 0xAA has the
   * multicast bit (0x01) clear and the locally-administered bit (0x02) set, as a made-up unicast
   * MAC must; AA:FC:00 is the prefix Firecracker's own examples use.
   */
  public static String guestMac(String name) {
    NameHash hash = NameHash.of("mac", name);
    return String.format(
        "AA:FC:00:%02X:%02X:%02X",
        hash.unsignedByte(0), hash.unsignedByte(1), hash.unsignedByte(2));
  }

  private NetworkException noSubnet(String name) {
    return new NetworkException(
        "no /30 in "
            + subnets.pool()
            + " is free of the host's addresses and routes for vm "
            + name
            + "; the host network covers the whole pool, so remove or narrow that route");
  }
}
