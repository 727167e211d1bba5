package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** A CPUID output register. */
public enum CpuidRegister implements JsonEnum {
  EAX("eax"),
  EBX("ebx"),
  ECX("ecx"),
  EDX("edx");

  private final String wireName;

  CpuidRegister(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
