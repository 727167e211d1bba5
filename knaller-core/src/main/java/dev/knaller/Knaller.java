package dev.knaller;

/** Entry point of the high-level API. */
public final class Knaller {
  private Knaller() {}
}
