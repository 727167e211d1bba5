package dev.knaller;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * A VM started by {@link Knaller#run(VmConfig)}: a Firecracker process inside its own pasta network
 * namespace, booted and running. Closing it stops the VM if it still runs and removes its socket
 * and VM directory; use it with try-with-resources.
 */
public interface Vm extends AutoCloseable {
  String name();

  /** The Firecracker process (as seen from this host's PID namespace). */
  long pid();

  Path socketPath();

  Instant startedAt();

  /** Asks the API for the current state; {@link VmState#DEAD} once the process is gone. */
  VmState state();

  int vcpus();

  int memoryMib();

  /** The guest's address inside the VM's namespace, as set by the kernel {@code ip=} argument. */
  String guestIp();

  /** The 127.0.0.1 port forwarded to the guest's SSH port 22. */
  int sshHostPort();

  /** Waits for the VM to end and returns Firecracker's exit status (128 + N for signal N). */
  int awaitExit() throws InterruptedException;

  /** Waits at most {@code timeout}; returns the exit status, or empty while the VM still runs. */
  OptionalInt awaitExit(Duration timeout) throws InterruptedException;

  /**
   * After the VM ended: true when a stop by name ({@code knaller stop}, {@link Knaller#stop}) from
   * any process ended it, so even a stop that had to SIGKILL a stubborn guest counts as intended.
   */
  boolean stoppedByName();

  /**
   * The last lines pasta and Firecracker wrote to stderr (Firecracker inherits pasta's stderr), for
   * reporting a VM that ended by itself; empty when they wrote nothing.
   */
  String stderrTail();

  /**
   * Stops the VM (Ctrl+Alt+Del, a bounded grace period, then SIGTERM and SIGKILL) and cleans up.
   * Always ends; calling it again, or after the VM ended by itself, only cleans up.
   */
  void stop() throws KnallerException, InterruptedException;

  /**
   * Same as {@link #stop()}. An interrupt during the stop does not cut the cleanup short; the
   * thread's interrupt flag is set again afterwards (close cannot throw InterruptedException
   * without making every try-with-resources block handle it).
   */
  @Override
  void close() throws KnallerException;
}
