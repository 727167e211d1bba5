package dev.knaller.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the host's IPv4 addresses and routes: what pasta copies into each VM's namespace by default
 * (the template interface's addresses and routes), so a VM subnet must avoid all of them. Sources
 * are {@code /proc/net/route} (routes and gateways) and {@code /proc/net/fib_trie} (local
 * addresses); both are readable without privileges and need no {@code ip} binary.
 *
 * <p>Default routes (/0) are left out: every subnet lies inside them, and they do not make a
 * destination local in the namespace.
 */
public final class HostPrefixes {
  private static final int ROUTE_DESTINATION = 1;
  private static final int ROUTE_GATEWAY = 2;
  private static final int ROUTE_MASK = 7;
  private static final int ROUTE_FIELDS = 8;

  private HostPrefixes() {}

  /** Returns the prefixes of this host's current network namespace. */
  public static List<Ipv4Prefix> read() throws IOException {
    return read(Path.of("/proc/net"));
  }

  /** Returns the prefixes from {@code route} and {@code fib_trie} files in {@code procNet}. */
  public static List<Ipv4Prefix> read(Path procNet) throws IOException {
    Set<Ipv4Prefix> all =
        new LinkedHashSet<>(parseRoutes(Files.readString(procNet.resolve("route"))));
    Path fibTrie = procNet.resolve("fib_trie");
    if (Files.exists(fibTrie)) {
      all.addAll(parseLocalAddresses(Files.readString(fibTrie)));
    }
    return List.copyOf(all);
  }

  /**
   * Parses {@code /proc/net/route}: per route its destination network and, when it has one, its
   * gateway as a /32. The kernel prints the 32-bit values in hex in host byte order, which is
   * little-endian on every platform Firecracker runs on (x86_64, aarch64).
   */
  public static List<Ipv4Prefix> parseRoutes(String procNetRoute) {
    List<Ipv4Prefix> prefixes = new ArrayList<>();
    for (String[] fields : routeLines(procNetRoute)) {
      addRoute(prefixes, fields);
    }
    return prefixes;
  }

  /**
   * Returns the gateways of this host's default routes. pasta gives the namespace the default route
   * of the interface it copies, so its gateway address is one of these.
   */
  public static List<Ipv4Address> defaultGateways() throws IOException {
    return parseDefaultGateways(Files.readString(Path.of("/proc/net/route")));
  }

  /** Returns this host's own IPv4 addresses, from {@code /proc/net/fib_trie}. */
  public static List<Ipv4Address> localAddresses() throws IOException {
    return parseLocalAddresses(Files.readString(Path.of("/proc/net/fib_trie"))).stream()
        .map(Ipv4Prefix::network)
        .toList();
  }

  /** Returns the gateways of the default (/0) routes in {@code /proc/net/route} text, once each. */
  public static List<Ipv4Address> parseDefaultGateways(String procNetRoute) {
    Set<Ipv4Address> gateways = new LinkedHashSet<>();
    for (String[] fields : routeLines(procNetRoute)) {
      try {
        Ipv4Address gateway = littleEndianHex(fields[ROUTE_GATEWAY]);
        if (littleEndianHex(fields[ROUTE_MASK]).bits() == 0 && !gateway.isUnspecified()) {
          gateways.add(gateway);
        }
      } catch (NumberFormatException e) {
        // The header line of a foreign format or a torn read: not a route.
      }
    }
    return List.copyOf(gateways);
  }

  // The lines after the header that have every field up to the mask.
  private static List<String[]> routeLines(String procNetRoute) {
    return procNetRoute
        .lines()
        .skip(1)
        .map(line -> line.trim().split("\\s+", -1))
        .filter(fields -> fields.length >= ROUTE_FIELDS)
        .toList();
  }

  /**
   * Parses {@code /proc/net/fib_trie}: each {@code |-- a.b.c.d} leaf followed by a {@code /32 host
   * LOCAL} line is an address of this host.
   */
  public static List<Ipv4Prefix> parseLocalAddresses(String procNetFibTrie) {
    List<Ipv4Prefix> addresses = new ArrayList<>();
    String leaf = null;
    for (String line : procNetFibTrie.lines().toList()) {
      String trimmed = line.trim();
      if (trimmed.startsWith("|-- ")) {
        leaf = trimmed.substring(4);
      } else if (leaf != null && trimmed.startsWith("/32 host LOCAL")) {
        Ipv4Address.parse(leaf).map(Ipv4Prefix::host).ifPresent(addresses::add);
      }
    }
    return addresses.stream().distinct().toList();
  }

  private static void addRoute(List<Ipv4Prefix> prefixes, String[] fields) {
    try {
      Ipv4Address destination = littleEndianHex(fields[ROUTE_DESTINATION]);
      int length = Integer.bitCount(littleEndianHex(fields[ROUTE_MASK]).bits());
      Ipv4Address gateway = littleEndianHex(fields[ROUTE_GATEWAY]);
      if (length > 0) {
        prefixes.add(new Ipv4Prefix(destination, length));
      }
      if (!gateway.isUnspecified()) {
        prefixes.add(Ipv4Prefix.host(gateway));
      }
    } catch (NumberFormatException e) {
      // The header line of a foreign format or a torn read: not a route.
    }
  }

  private static Ipv4Address littleEndianHex(String hex) {
    return new Ipv4Address(Integer.reverseBytes(Integer.parseUnsignedInt(hex, 16)));
  }
}
