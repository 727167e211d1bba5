package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** How a block device caches writes; Firecracker's default is {@code Unsafe}. */
public enum CacheType {
  @JsonName("Unsafe")
  UNSAFE,
  @JsonName("Writeback")
  WRITEBACK
}
