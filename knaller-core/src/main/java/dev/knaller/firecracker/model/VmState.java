package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** The target of {@code PATCH /vm}. */
public enum VmState implements JsonEnum {
  PAUSED("Paused"),
  RESUMED("Resumed");

  private final String wireName;

  VmState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
