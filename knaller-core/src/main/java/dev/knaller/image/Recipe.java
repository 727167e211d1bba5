package dev.knaller.image;

/**
 * What an image is built from. Its {@link #description()} lists every input that shapes the result,
 * so its hash is the cache key: an unchanged recipe means the built image can be reused.
 */
public sealed interface Recipe permits DebianRecipe, FirecrackerCiRecipe {
  /** A short name for messages and the manifest, e.g. {@code debian-bookworm}. */
  String name();

  /** Every input, one {@code key=value} per line, in a fixed order. */
  String description();

  /** SHA-256 of the description, in hex; stored in the manifest. */
  default String cacheKey() {
    return Digests.sha256Hex(description());
  }
}
