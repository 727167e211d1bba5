package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** The state {@code GET /} reports. */
public enum InstanceState {
  @JsonName("Not started")
  NOT_STARTED,
  @JsonName("Running")
  RUNNING,
  @JsonName("Paused")
  PAUSED
}
