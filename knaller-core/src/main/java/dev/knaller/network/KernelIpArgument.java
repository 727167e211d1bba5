package dev.knaller.network;

import java.util.List;

/**
 * The kernel's {@code ip=} boot argument for a static guest address, as {@code net/ipv4/ipconfig.c}
 * parses it (see the kernel's nfsroot documentation):
 *
 * <pre>
 * ip=&lt;client-ip&gt;:&lt;server-ip&gt;:&lt;gw-ip&gt;:&lt;netmask&gt;:&lt;hostname&gt;:&lt;device&gt;:&lt;autoconf&gt;:&lt;dns0-ip&gt;:&lt;dns1-ip&gt;
 * </pre>
 *
 * Exactly nine colon-separated fields: the server is left empty (no NFS root), the device is {@code
 * eth0}, autoconf {@code off}, and an unused DNS field stays empty (the kernel skips empty fields).
 * Every value is IPv4 dotted-quad or a validated host name, so no value adds a colon and none
 * carries a {@code %} zone.
 *
 * @param hostname the VM name; at most 64 bytes for the kernel (a VM name has at most 32)
 * @param dns one or two servers; the kernel writes them to /proc/net/pnp, which a guest image can
 *     link as its resolv.conf
 */
public record KernelIpArgument(
    Ipv4Address guest,
    Ipv4Address gateway,
    Ipv4Address netmask,
    String hostname,
    List<Ipv4Address> dns) {
  // Letters, digits and hyphens: nothing that adds a field; 64 bytes is the kernel's limit.
  private static final String HOSTNAME = "[A-Za-z0-9-]{1,64}";

  public KernelIpArgument {
    dns = List.copyOf(dns);
    if (dns.size() > DnsServers.MAX_SERVERS) {
      throw new IllegalArgumentException("the kernel takes at most 2 DNS servers, got " + dns);
    }
    if (!hostname.matches(HOSTNAME)) {
      throw new IllegalArgumentException("not a usable kernel hostname: \"" + hostname + "\"");
    }
  }

  /** Returns the argument for a planned network. */
  public static KernelIpArgument of(NetworkPlan plan, String hostname, List<Ipv4Address> dns) {
    return new KernelIpArgument(plan.guest(), plan.gateway(), plan.netmask(), hostname, dns);
  }

  /** Returns {@code ip=...}, ready to append to the boot arguments. */
  public String bootArgument() {
    return "ip=" + String.join(":", fields());
  }

  /** Returns the nine field values, in the kernel's order. */
  public List<String> fields() {
    return List.of(
        guest.toString(),
        "",
        gateway.toString(),
        netmask.toString(),
        hostname,
        "eth0",
        "off",
        dnsField(0),
        dnsField(1));
  }

  @Override
  public String toString() {
    return bootArgument();
  }

  private String dnsField(int index) {
    return index < dns.size() ? dns.get(index).toString() : "";
  }
}
