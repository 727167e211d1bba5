package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** A full snapshot, or a diff (dev preview) holding only memory dirtied since the last one. */
public enum SnapshotType {
  @JsonName("Full")
  FULL,
  @JsonName("Diff")
  DIFF
}
