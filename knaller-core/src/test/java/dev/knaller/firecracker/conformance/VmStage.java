package dev.knaller.firecracker.conformance;

/**
 * Where a microVM is in its life when a call is made. Pre-boot comes twice, because some calls
 * depend on what was configured: snapshot load needs nothing boot-path configured, InstanceStart
 * needs a kernel. "Post-boot" covers running, paused and restored alike (API-NOTES 2.2).
 */
enum VmStage {
  /** Nothing configured yet. */
  FRESH,
  /**
   * Machine, kernel, drives, network, balloon, MMDS, entropy (and pmem, memory hot-plug on 1.16).
   */
  CONFIGURED,
  /** CONFIGURED, then InstanceStart. */
  RUNNING,
  /** RUNNING, then paused. */
  PAUSED,
  /** FRESH, then a snapshot of a PAUSED VM loaded without resume_vm. */
  RESTORED_PAUSED,
  /** FRESH, then a snapshot loaded with resume_vm. */
  RESTORED_RUNNING;

  boolean preBoot() {
    return this == FRESH || this == CONFIGURED;
  }

  boolean paused() {
    return this == PAUSED || this == RESTORED_PAUSED;
  }
}
