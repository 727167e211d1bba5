package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/**
 * A static CPU template ({@code cpu_template}); deprecated by Firecracker in favour of {@code PUT
 * /cpu-config}.
 */
public enum CpuTemplate {
  @JsonName("C3")
  C3,
  @JsonName("T2")
  T2,
  @JsonName("T2S")
  T2S,
  @JsonName("T2CL")
  T2CL,
  @JsonName("T2A")
  T2A,
  @JsonName("V1N1")
  V1N1,
  @JsonName("None")
  NONE
}
