package dev.knaller.firecracker.model;

/**
 * Changes the rate limiter of a pmem device after boot ({@code PATCH /pmem/{id}}, 1.16+). Required:
 * {@code id}.
 */
public record PartialPmem(String id, RateLimiter rateLimiter) {
  /** Checks the fields the API requires. */
  public PartialPmem {
    Required.check(id, "PartialPmem", "id");
  }
}
