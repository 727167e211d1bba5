package dev.knaller.network;

import java.util.Optional;

/**
 * Turns one nameserver as a resolver file or {@code resolvectl} writes it into an IPv4 address a
 * guest can use, or nothing.
 *
 * <p>The guest has only IPv4 on its TAP, and the kernel's {@code ip=} DNS fields take only IPv4 (an
 * IPv6 value's colons would shift every later field). Loopback and 0.0.0.0 mean "this host", which
 * in the guest is the guest. So those are dropped. Decorations from {@code resolvectl} ({@code
 * address[:port][%interface][#server-name]}) are removed, except that a port other than 53 drops
 * the server: the guest's resolver always asks port 53.
 */
final class NameserverAddress {
  private static final String MAPPED_PREFIX = "::ffff:";
  private static final String DNS_PORT = "53";

  private NameserverAddress() {}

  static Optional<Ipv4Address> usable(String token) {
    String address = stripPort(stripZone(stripServerName(token)));
    if (address == null) {
      return Optional.empty();
    }
    if (address.regionMatches(true, 0, MAPPED_PREFIX, 0, MAPPED_PREFIX.length())) {
      // An IPv4-mapped IPv6 address names an IPv4 server; its dotted form is usable.
      address = address.substring(MAPPED_PREFIX.length());
    }
    return Ipv4Address.parse(address).filter(a -> !a.isLoopback() && !a.isUnspecified());
  }

  private static String stripServerName(String token) {
    int hash = token.indexOf('#');
    return hash < 0 ? token : token.substring(0, hash);
  }

  private static String stripZone(String token) {
    int percent = token.indexOf('%');
    return percent < 0 ? token : token.substring(0, percent);
  }

  // Returns null for a port other than 53; IPv6 text (more than one colon) passes unchanged.
  private static String stripPort(String token) {
    int colon = token.indexOf(':');
    if (colon < 0 || colon != token.lastIndexOf(':')) {
      return token;
    }
    return token.substring(colon + 1).equals(DNS_PORT) ? token.substring(0, colon) : null;
  }
}
