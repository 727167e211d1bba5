package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** A full snapshot, or a diff (dev preview) holding only memory dirtied since the last one. */
public enum SnapshotType implements JsonEnum {
  FULL("Full"),
  DIFF("Diff");

  private final String wireName;

  SnapshotType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
