package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** The target of {@code PATCH /vm}. */
public enum VmState {
  @JsonName("Paused")
  PAUSED,
  @JsonName("Resumed")
  RESUMED
}
