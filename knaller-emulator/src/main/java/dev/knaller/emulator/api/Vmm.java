package dev.knaller.emulator.api;

import dev.knaller.emulator.Knobs;
import dev.knaller.emulator.Latency;
import dev.knaller.emulator.Profile;
import dev.knaller.emulator.backend.GuestBackend;
import dev.knaller.emulator.backend.GuestSpec;
import dev.knaller.emulator.backend.GuestStartException;
import dev.knaller.emulator.backend.RunningGuest;
import java.util.function.IntConsumer;

/**
 * The emulated VMM: state, resources and the guest. Pre-boot it behaves like Firecracker's {@code
 * PrebootApiController}; after InstanceStart or a snapshot load like the runtime one.
 */
final class Vmm {
  private final Profile profile;
  private final Knobs knobs;
  private final GuestBackend backend;
  private final String instanceId;
  private final boolean pciEnabled;
  private final IntConsumer exitRequest;
  private final VmResources resources = new VmResources();
  private VmPhase phase = VmPhase.NOT_STARTED;
  private RunningGuest guest;

  Vmm(
      Profile profile,
      Knobs knobs,
      GuestBackend backend,
      String instanceId,
      boolean pciEnabled,
      IntConsumer exitRequest) {
    this.profile = profile;
    this.knobs = knobs;
    this.backend = backend;
    this.instanceId = instanceId;
    this.pciEnabled = pciEnabled;
    this.exitRequest = exitRequest;
  }

  Profile profile() {
    return profile;
  }

  Knobs knobs() {
    return knobs;
  }

  VmResources resources() {
    return resources;
  }

  String instanceId() {
    return instanceId;
  }

  boolean pciEnabled() {
    return pciEnabled;
  }

  VmPhase phase() {
    return phase;
  }

  void setPhase(VmPhase phase) {
    this.phase = phase;
  }

  boolean started() {
    return phase != VmPhase.NOT_STARTED;
  }

  void requirePreBoot() throws Fault {
    if (started()) {
      throw Fault.notSupportedAfterStart();
    }
  }

  void requireStarted() throws Fault {
    if (!started()) {
      throw Fault.notSupportedBeforeStart();
    }
  }

  /**
   * Notes a boot-path resource, which makes a later snapshot load illegal. Firecracker sets the
   * flag before it tries the operation, so a failed PUT counts too.
   */
  void markBootPath() {
    if (!started()) {
      resources.bootPathConfigured = true;
    }
  }

  void awaitLatency(Latency.Operation operation) {
    knobs.latency().await(operation);
  }

  /** Starts the guest; on success the VM is Running and its exit ends the process. */
  void boot(GuestSpec spec) throws GuestStartException {
    guest = backend.start(spec);
    phase = VmPhase.RUNNING;
    var unused = guest.exit().thenAccept(exitRequest::accept);
  }

  RunningGuest guest() {
    return guest;
  }

  /** Ends the process with {@code code} once the current response is sent. */
  void exitAfterResponse(int code) {
    exitRequest.accept(code);
  }

  void killGuest() {
    if (guest != null) {
      guest.kill();
    }
  }
}
