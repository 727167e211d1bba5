package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** The huge pages that back guest memory. */
public enum HugePages {
  @JsonName("None")
  NONE,
  @JsonName("2M")
  TWO_MIB
}
