package dev.knaller.firecracker.model;

/**
 * Changes a drive after boot ({@code PATCH /drives/{id}}): a new backing file or rate limiter.
 * Required: {@code drive_id}.
 */
public record PartialDrive(String driveId, String pathOnHost, RateLimiter rateLimiter) {
  /** Checks the fields the API requires. */
  public PartialDrive {
    Required.check(driveId, "PartialDrive", "drive_id");
  }
}
