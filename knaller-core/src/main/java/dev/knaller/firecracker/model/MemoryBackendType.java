package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** Where snapshot memory is loaded from: a file, or a userfaultfd handler behind a Unix socket. */
public enum MemoryBackendType implements JsonEnum {
  FILE("File"),
  UFFD("Uffd");

  private final String wireName;

  MemoryBackendType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
