package dev.knaller.network;

import java.util.Optional;

/**
 * An IPv4 network: an address with its host bits cleared and a prefix length 0-32, such as {@code
 * 172.31.48.0/20}.
 */
public record Ipv4Prefix(Ipv4Address network, int length) {
  /** Checks the length and clears the host bits, so equal networks are equal records. */
  public Ipv4Prefix {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length must be 0 to 32, got " + length);
    }
    network = new Ipv4Address(network.bits() & maskBits(length));
  }

  /** Parses {@code a.b.c.d/n}, or a bare address as a /32. */
  public static Optional<Ipv4Prefix> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Ipv4Address.parse(text).map(Ipv4Prefix::host);
    }
    Optional<Ipv4Address> address = Ipv4Address.parse(text.substring(0, slash));
    String lengthText = text.substring(slash + 1);
    if (address.isEmpty() || !lengthText.matches("[0-9]{1,2}")) {
      return Optional.empty();
    }
    int length = Integer.parseInt(lengthText);
    return length <= 32 ? Optional.of(new Ipv4Prefix(address.get(), length)) : Optional.empty();
  }

  /** Parses like {@link #parse} but throws for invalid text. */
  public static Ipv4Prefix of(String text) {
    return parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not an IPv4 prefix: \"" + text + "\""));
  }

  /** Returns the /32 holding only {@code address}. */
  public static Ipv4Prefix host(Ipv4Address address) {
    return new Ipv4Prefix(address, 32);
  }

  /** Returns the netmask, such as 255.255.255.252 for a /30. */
  public Ipv4Address netmask() {
    return new Ipv4Address(maskBits(length));
  }

  public Ipv4Address lastAddress() {
    return new Ipv4Address(network.bits() | ~maskBits(length));
  }

  public boolean contains(Ipv4Address address) {
    return (address.bits() & maskBits(length)) == network.bits();
  }

  public boolean contains(Ipv4Prefix other) {
    return other.length >= length && contains(other.network);
  }

  /** True when the two networks share at least one address (one then contains the other). */
  public boolean overlaps(Ipv4Prefix other) {
    return contains(other.network) || other.contains(network);
  }

  @Override
  public String toString() {
    return network + "/" + length;
  }

  private static int maskBits(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }
}
