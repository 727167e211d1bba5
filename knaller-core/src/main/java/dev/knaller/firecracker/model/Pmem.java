package dev.knaller.firecracker.model;

/**
 * A virtio-pmem device ({@code PUT /pmem/{id}}, Firecracker 1.14+). Required: {@code id}, {@code
 * path_on_host}.
 */
public record Pmem(
    String id, String pathOnHost, Boolean rootDevice, Boolean readOnly, RateLimiter rateLimiter) {
  /** Checks the fields the API requires. */
  public Pmem {
    Required.check(id, "Pmem", "id");
    Required.check(pathOnHost, "Pmem", "path_on_host");
  }
}
