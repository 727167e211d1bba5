package dev.knaller;

/** What {@code list} finds behind a VM's API socket. */
public enum VmState {
  /** Firecracker answers and the guest runs. */
  RUNNING,
  /** Firecracker answers and the guest's vCPUs are paused. */
  PAUSED,
  /** Firecracker answers but has not booted the guest yet (a start in progress). */
  NOT_STARTED,
  /** The Firecracker process exists but its API did not answer in time (frozen or overloaded). */
  UNRESPONSIVE,
  /**
   * A socket is left but no Firecracker process serves it (the VM crashed or was killed), or a VM
   * directory is left with no socket and no start at work on the name (a start killed before pasta
   * ran). {@code stop} removes what is left.
   */
  DEAD
}
