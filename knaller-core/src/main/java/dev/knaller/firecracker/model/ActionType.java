package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** The synchronous actions of {@code PUT /actions}. */
public enum ActionType implements JsonEnum {
  FLUSH_METRICS("FlushMetrics"),
  INSTANCE_START("InstanceStart"),
  SEND_CTRL_ALT_DEL("SendCtrlAltDel");

  private final String wireName;

  ActionType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
