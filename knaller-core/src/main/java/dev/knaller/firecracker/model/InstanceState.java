package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** The state {@code GET /} reports. */
public enum InstanceState implements JsonEnum {
  NOT_STARTED("Not started"),
  RUNNING("Running"),
  PAUSED("Paused");

  private final String wireName;

  InstanceState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
