package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** The MMDS protocol version; V1 is deprecated and is the default when omitted. */
public enum MmdsVersion implements JsonEnum {
  V1("V1"),
  V2("V2");

  private final String wireName;

  MmdsVersion(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
