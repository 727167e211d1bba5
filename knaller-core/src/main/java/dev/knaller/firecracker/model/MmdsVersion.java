package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** The MMDS protocol version; V1 is deprecated and is the default when omitted. */
public enum MmdsVersion {
  @JsonName("V1")
  V1,
  @JsonName("V2")
  V2
}
