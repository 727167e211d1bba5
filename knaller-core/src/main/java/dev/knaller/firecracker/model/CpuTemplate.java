package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/**
 * A static CPU template ({@code cpu_template}); deprecated by Firecracker in favour of {@code PUT
 * /cpu-config}.
 */
public enum CpuTemplate implements JsonEnum {
  C3("C3"),
  T2("T2"),
  T2S("T2S"),
  T2CL("T2CL"),
  T2A("T2A"),
  V1N1("V1N1"),
  NONE("None");

  private final String wireName;

  CpuTemplate(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
