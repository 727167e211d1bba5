package dev.knaller.firecracker.model;

/**
 * A token bucket: {@code size} tokens, refilled over {@code refill_time} ms, plus a one-time burst.
 * Required: {@code size}, {@code refill_time}.
 */
public record TokenBucket(Long size, Long refillTime, Long oneTimeBurst) {
  /** Checks the fields the API requires. */
  public TokenBucket {
    Required.check(size, "TokenBucket", "size");
    Required.check(refillTime, "TokenBucket", "refill_time");
  }

  /** Returns a bucket of {@code size} tokens refilled every {@code refillTimeMillis} ms. */
  public static TokenBucket of(long size, long refillTimeMillis) {
    return new TokenBucket(size, refillTimeMillis, null);
  }
}
