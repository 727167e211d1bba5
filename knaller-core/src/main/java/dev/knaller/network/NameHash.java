package dev.knaller.network;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash every name-derived value starts from: SHA-256 of {@code <purpose>:<name>}. A separate
 * purpose per derivation keeps the subnet, MAC, TAP and port of one name independent of each other;
 * SHA-256 is stable across JVMs and releases, unlike {@link String#hashCode()} changes nobody
 * promised.
 */
final class NameHash {
  private final byte[] digest;

  private NameHash(byte[] digest) {
    this.digest = digest;
  }

  static NameHash of(String purpose, String name) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return new NameHash(sha256.digest((purpose + ":" + name).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException(e);
    }
  }

  /** Returns byte {@code index} (0-31) as 0-255. */
  int unsignedByte(int index) {
    return digest[index] & 0xFF;
  }

  /** Returns the first 8 bytes as a non-negative long, for reducing modulo a range. */
  long nonNegativeLong() {
    return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
  }

  /** Returns the first {@code count} bytes as lower-case hex. */
  String hexPrefix(int count) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < count; i++) {
      hex.append(String.format("%02x", unsignedByte(i)));
    }
    return hex.toString();
  }
}
