package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** The huge pages that back guest memory. */
public enum HugePages implements JsonEnum {
  NONE("None"),
  TWO_MIB("2M");

  private final String wireName;

  HugePages(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
