package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** A CPUID output register. */
public enum CpuidRegister {
  @JsonName("eax")
  EAX,
  @JsonName("ebx")
  EBX,
  @JsonName("ecx")
  ECX,
  @JsonName("edx")
  EDX
}
