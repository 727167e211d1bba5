package dev.knaller.firecracker.model;

import java.util.List;

/**
 * A custom CPU template ({@code PUT /cpu-config}); the modifier lists are x86_64 or aarch64 only as
 * named.
 */
public record CpuConfig(
    List<String> kvmCapabilities,
    List<CpuidLeafModifier> cpuidModifiers,
    List<MsrModifier> msrModifiers,
    List<ArmRegisterModifier> regModifiers,
    List<VcpuFeatures> vcpuFeatures) {
  /** Copies lists so the record is immutable. */
  public CpuConfig {
    kvmCapabilities = kvmCapabilities == null ? null : List.copyOf(kvmCapabilities);
    cpuidModifiers = cpuidModifiers == null ? null : List.copyOf(cpuidModifiers);
    msrModifiers = msrModifiers == null ? null : List.copyOf(msrModifiers);
    regModifiers = regModifiers == null ? null : List.copyOf(regModifiers);
    vcpuFeatures = vcpuFeatures == null ? null : List.copyOf(vcpuFeatures);
  }
}
