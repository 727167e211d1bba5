package dev.knaller.emulator.api;

import dev.knaller.emulator.Latency;
import dev.knaller.emulator.Profile;
import dev.knaller.emulator.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** {@code PUT /snapshot/create} (paused only) and {@code PUT /snapshot/load} (fresh VM only). */
final class SnapshotHandler {
  private static final String CREATE_PREFIX = "Create snapshot error: ";
  private final Vmm vmm;
  private final SnapshotRestorer restorer;

  SnapshotHandler(Vmm vmm) {
    this.vmm = vmm;
    this.restorer = new SnapshotRestorer(vmm);
  }

  void register(Routes routes) {
    routes.add("PUT", "snapshot", this::put);
  }

  private HttpResponse put(ApiCall call) throws Fault {
    if (call.second().isEmpty()) {
      throw new Fault("Missing snapshot operation type.");
    }
    return switch (call.second().get()) {
      case "create" -> create(call);
      case "load" -> load(call);
      default ->
          throw new Fault(
              "Invalid request method and/or path: PUT /snapshot/" + call.second().get() + ".");
    };
  }

  private HttpResponse create(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.SNAPSHOT_CREATE);
    vmm.requireStarted();
    if (vmm.phase() != VmPhase.PAUSED) {
      throw new Fault(
          CREATE_PREFIX
              + "Cannot save the microVM state: Operation not allowed: save/restore unavailable"
              + " while running");
    }
    checkDiff(body);
    vmm.awaitLatency(Latency.Operation.SnapshotCreate);
    writeFiles(body);
    return HttpResponse.noContent();
  }

  private void checkDiff(Map<String, Object> body) throws Fault {
    boolean diff = "Diff".equals(body.get("snapshot_type"));
    boolean tracking = Json.flag(vmm.resources().machineConfig, "track_dirty_pages");
    if (diff && !tracking && vmm.profile().diffNeedsDirtyTracking()) {
      throw new Fault(
          CREATE_PREFIX
              + "Diff snapshots are not allowed on uVMs with dirty page tracking disabled.");
    }
  }

  private void writeFiles(Map<String, Object> body) throws Fault {
    try {
      SnapshotFile.write(
          Path.of(Json.text(body, "snapshot_path")),
          vmm.profile().snapshotVersion(),
          SnapshotRestorer.devices(vmm.resources()));
    } catch (IOException e) {
      throw new Fault(
          CREATE_PREFIX
              + "Cannot save the microVM state: Cannot open snapshot file: "
              + IoErrors.describe(e));
    }
    try {
      SnapshotFile.writeMemory(
          Path.of(Json.text(body, "mem_file_path")), vmm.resources().memoryMib());
    } catch (IOException e) {
      throw new Fault(CREATE_PREFIX + "Cannot dump memory: " + IoErrors.describe(e));
    }
  }

  private HttpResponse load(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.snapshotLoad(vmm.profile()));
    checkMemorySource(body);
    if (body.containsKey("mem_file_path")
        || (vmm.profile().atLeast(Profile.V1_13_1) && body.containsKey("enable_diff_snapshots"))) {
      call.deprecate();
    }
    vmm.requirePreBoot();
    if (vmm.resources().bootPathConfigured) {
      throw new Fault(
          "Load snapshot error: Loading a microVM snapshot not allowed after configuring"
              + " boot-specific resources.");
    }
    vmm.awaitLatency(Latency.Operation.SnapshotLoad);
    restorer.restore(body);
    return HttpResponse.noContent();
  }

  /** Exactly one of mem_backend and mem_file_path; these serde errors carry no position. */
  private static void checkMemorySource(Map<String, Object> body) throws Fault {
    boolean backend = body.containsKey("mem_backend");
    boolean file = body.containsKey("mem_file_path");
    if (backend && file) {
      throw ApiCall.serdeFault(
          "too many fields: either `mem_backend` or `mem_file_path` exclusively is required");
    }
    if (!backend && !file) {
      throw ApiCall.serdeFault(
          "missing field: either `mem_backend` or `mem_file_path` is required");
    }
  }
}
