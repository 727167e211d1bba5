package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/**
 * The I/O engine of a virtio block device; {@code Async} (io_uring) needs host kernel 5.10.51 or
 * newer.
 */
public enum IoEngine {
  @JsonName("Sync")
  SYNC,
  @JsonName("Async")
  ASYNC
}
