package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/**
 * The I/O engine of a virtio block device; {@code Async} (io_uring) needs host kernel 5.10.51 or
 * newer.
 */
public enum IoEngine implements JsonEnum {
  SYNC("Sync"),
  ASYNC("Async");

  private final String wireName;

  IoEngine(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
