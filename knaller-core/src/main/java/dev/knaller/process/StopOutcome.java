package dev.knaller.process;

/** How a process ended when asked to stop. */
public enum StopOutcome {
  /** It had exited before the stop began. */
  ALREADY_EXITED,
  /** It exited after SIGTERM. */
  TERMINATED,
  /** It ignored SIGTERM for the grace period and exited after SIGKILL. */
  KILLED,
  /**
   * It was still there after SIGKILL and its wait: in uninterruptible sleep, or a zombie whose
   * parent does not reap it.
   */
  STILL_RUNNING
}
