package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** The synchronous actions of {@code PUT /actions}. */
public enum ActionType {
  @JsonName("FlushMetrics")
  FLUSH_METRICS,
  @JsonName("InstanceStart")
  INSTANCE_START,
  @JsonName("SendCtrlAltDel")
  SEND_CTRL_ALT_DEL
}
