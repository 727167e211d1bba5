package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** How a block device caches writes; Firecracker's default is {@code Unsafe}. */
public enum CacheType implements JsonEnum {
  UNSAFE("Unsafe"),
  WRITEBACK("Writeback");

  private final String wireName;

  CacheType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
