package dev.knaller.emulator.backend;

/**
 * What runs the "guest" behind the emulated Firecracker API. The API layer owns every rule of the
 * real server (validation, states, error texts); a backend only starts and drives a guest.
 *
 * <h2>Lifecycle, as the emulator calls it</h2>
 *
 * <ol>
 *   <li>{@link #start(GuestSpec)} once, on InstanceStart (or on snapshot load, with {@link
 *       GuestSpec#restoredFromSnapshot()} set). It runs on the single API thread and every other
 *       client waits meanwhile, exactly as Firecracker serializes requests; return as soon as the
 *       guest's vCPUs run (Firecracker answers 204 before the guest has booted). A {@link
 *       GuestStartException} becomes {@code 400 Start microvm error: <message>}, the VM stays
 *       pre-boot and the client may retry.
 *   <li>Then, any number of times: {@link RunningGuest#pause()}, {@link RunningGuest#resume()}
 *       (PATCH /vm; the emulator already makes them idempotent), {@link
 *       RunningGuest#sendCtrlAltDel()} (PUT /actions SendCtrlAltDel).
 *   <li>The guest ends on its own (reboot, panic with {@code panic=1}, triple fault): complete
 *       {@link RunningGuest#exit()} with the exit code Firecracker would have (0 for a reboot, the
 *       usual result of Ctrl+Alt+Del with {@code reboot=k}; 1 for a vCPU fault). The emulator then
 *       flushes pending responses, closes the API listener, leaves the socket file and exits with
 *       that code. A guest poweroff on x86 must not complete it: Firecracker keeps running.
 *   <li>{@link RunningGuest#kill()} when the emulator itself exits; it must not block long.
 * </ol>
 *
 * <p>Implementations: {@link SimulatedBackend} (the default, no guest at all) and a QEMU backend
 * (issue #4) selected with {@code KNALLER_EMULATOR_BACKEND=qemu}. A backend gets its knobs from the
 * environment itself; it writes the guest console where {@link GuestSpec#serialOutput()} says.
 */
public interface GuestBackend {

  /** Starts a guest; returns once it runs. Called at most once per successful start. */
  RunningGuest start(GuestSpec spec) throws GuestStartException;
}
