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
 * <h2>What the emulator has already done when {@code start} is called</h2>
 *
 * <ul>
 *   <li>Every path in the spec was opened as Firecracker opens it at PUT time (kernel, initrd,
 *       drive backing files read-write unless read-only); the files may still change later.
 *   <li>The vsock {@code uds_path} is bound and listening (owned by the emulator); a backend that
 *       proxies vsock should connect its guest side to it rather than bind it again.
 *   <li>TAP devices are not opened (only checked with {@code KNALLER_EMULATOR_TAP_CHECK=on}); a
 *       backend opens {@code hostDevName} itself and reports failure as a start exception.
 *   <li>Snapshot files are the emulator's own format; on restore the spec holds the restored
 *       devices and no kernel. A backend that cannot restore throws {@link GuestStartException},
 *       which the emulator turns into the fatal restore error (400, then exit 1).
 * </ul>
 *
 * <h2>Threads and errors</h2>
 *
 * <p>{@code start}, {@code pause}, {@code resume} and {@code sendCtrlAltDel} are called on the API
 * thread and block every client while they run, so they should return within a second or two.
 * {@link RunningGuest#exit()} may be completed from any thread. Exceptions other than the checked
 * ones are emulator bugs and answer 500.
 *
 * <h2>Selection</h2>
 *
 * <p>{@link BackendFactory#create} maps {@code KNALLER_EMULATOR_BACKEND} to an implementation:
 * {@code simulated} ({@link SimulatedBackend}, the default, no guest at all) or {@code qemu} (a
 * real guest booted by qemu-system-x86_64). A backend reads any knobs of its own from the
 * environment map the factory gets, never from {@code System.getenv}, so in-process runs can set
 * them. It writes the guest console where {@link GuestSpec#serialOutput()} says: by default the
 * emulator's stdout, exactly where Firecracker's serial console goes.
 */
public interface GuestBackend {

  /** Starts a guest; returns once it runs. Called at most once per successful start. */
  RunningGuest start(GuestSpec spec) throws GuestStartException;
}
