package dev.knaller.firecracker.model;

/**
 * vCPUs, memory (MiB), SMT, dirty page tracking, huge pages and the deprecated static CPU template.
 */
public record MachineConfiguration(
    Integer vcpuCount,
    Integer memSizeMib,
    Boolean smt,
    Boolean trackDirtyPages,
    HugePages hugePages,
    CpuTemplate cpuTemplate) {

  /**
   * Returns a configuration of {@code vcpuCount} vCPUs and {@code memSizeMib} MiB, the two fields
   * {@code PUT /machine-config} requires; the rest take Firecracker's defaults.
   */
  public static MachineConfiguration of(int vcpuCount, int memSizeMib) {
    return new MachineConfiguration(vcpuCount, memSizeMib, null, null, null, null);
  }

  /** Returns a configuration with no field set, to build a partial {@code PATCH} from. */
  public static MachineConfiguration empty() {
    return new MachineConfiguration(null, null, null, null, null, null);
  }

  /** Returns a copy with SMT on or off (x86_64 only; needs 1 or an even vCPU count). */
  public MachineConfiguration withSmt(boolean value) {
    return new MachineConfiguration(
        vcpuCount, memSizeMib, value, trackDirtyPages, hugePages, cpuTemplate);
  }

  /** Returns a copy with dirty page tracking on or off, for diff snapshots. */
  public MachineConfiguration withTrackDirtyPages(boolean value) {
    return new MachineConfiguration(vcpuCount, memSizeMib, smt, value, hugePages, cpuTemplate);
  }

  /** Returns a copy backed by {@code value} huge pages. */
  public MachineConfiguration withHugePages(HugePages value) {
    return new MachineConfiguration(
        vcpuCount, memSizeMib, smt, trackDirtyPages, value, cpuTemplate);
  }

  /** Returns a copy with vCPU count {@code value}. */
  public MachineConfiguration withVcpuCount(int value) {
    return new MachineConfiguration(
        value, memSizeMib, smt, trackDirtyPages, hugePages, cpuTemplate);
  }

  /** Returns a copy with memory size {@code value} MiB. */
  public MachineConfiguration withMemSizeMib(int value) {
    return new MachineConfiguration(vcpuCount, value, smt, trackDirtyPages, hugePages, cpuTemplate);
  }
}
