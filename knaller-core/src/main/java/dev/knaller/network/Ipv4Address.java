package dev.knaller.network;

import java.util.Optional;

/** An IPv4 address as its 32 bits (network order, so 10.0.0.1 is {@code 0x0A000001}). */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {
  private static final int OCTETS = 4;
  private static final int MAX_OCTET = 255;

  /**
   * Parses strict dotted-quad notation: four decimal octets 0-255, no sign, no leading zeros (C's
   * inet_aton reads {@code 010} as octal 8 while the kernel's {@code ip=} parser reads it as
   * decimal 10; such ambiguous text is refused rather than guessed).
   */
  public static Optional<Ipv4Address> parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != OCTETS) {
      return Optional.empty();
    }
    int bits = 0;
    for (String part : parts) {
      int octet = octet(part);
      if (octet < 0) {
        return Optional.empty();
      }
      bits = (bits << 8) | octet;
    }
    return Optional.of(new Ipv4Address(bits));
  }

  /** Parses like {@link #parse} but throws for invalid text. */
  public static Ipv4Address of(String text) {
    return parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: \"" + text + "\""));
  }

  /** Returns this address plus {@code offset} (wrapping at 2^32). */
  public Ipv4Address plus(int offset) {
    return new Ipv4Address(bits + offset);
  }

  /** 127.0.0.0/8: only reachable inside the host's own network namespace. */
  public boolean isLoopback() {
    return (bits >>> 24) == 127;
  }

  /** 0.0.0.0, which resolvers read as "this host". */
  public boolean isUnspecified() {
    return bits == 0;
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  @Override
  public String toString() {
    return (bits >>> 24)
        + "."
        + ((bits >>> 16) & 0xFF)
        + "."
        + ((bits >>> 8) & 0xFF)
        + "."
        + (bits & 0xFF);
  }

  private static int octet(String part) {
    boolean digitsOnly =
        !part.isEmpty() && part.length() <= 3 && part.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digitsOnly || (part.length() > 1 && part.charAt(0) == '0')) {
      return -1;
    }
    int value = Integer.parseInt(part);
    return value <= MAX_OCTET ? value : -1;
  }
}
