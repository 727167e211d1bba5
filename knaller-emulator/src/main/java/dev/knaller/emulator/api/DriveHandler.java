package dev.knaller.emulator.api;

import static dev.knaller.emulator.api.Json.flag;
import static dev.knaller.emulator.api.Json.text;

import dev.knaller.emulator.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code /drives/{id}}: PUT opens the backing file at once; one root device, kept first in the list
 * as Firecracker's BlockBuilder keeps it; PATCH after boot; DELETE is v1.16 hot-unplug.
 */
final class DriveHandler {
  private static final String ID_MISMATCH =
      "The id from the path does not match the id from the body!";
  private final Vmm vmm;

  DriveHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "drives", this::put);
    routes.add("PATCH", "drives", this::patch);
    if (vmm.profile().hasDelete()) {
      routes.add("DELETE", "drives", this::delete);
    }
  }

  private HttpResponse put(ApiCall call) throws Fault {
    String id = ResourceIds.checked(call.second());
    Map<String, Object> body = call.parse(BodyShapes.DRIVE);
    if (!id.equals(text(body, "drive_id"))) {
      throw new Fault(ID_MISMATCH);
    }
    HotplugRules.checkPut(vmm, vmm.resources().drive(id).isPresent());
    vmm.markBootPath();
    insert(body);
    return HttpResponse.noContent();
  }

  private void insert(Map<String, Object> body) throws Fault {
    List<Map<String, Object>> drives = vmm.resources().drives;
    String id = text(body, "drive_id");
    boolean root = flag(body, "is_root_device");
    int position = indexOf(id);
    if (root && vmm.resources().hasRootDrive() && position != 0) {
      throw new Fault(DriveErrors.PREFIX + "A root block device already exists!");
    }
    if (root && vmm.resources().hasRootPmem()) {
      throw new Fault(
          DriveErrors.PREFIX
              + "Attempt to add block as a root device while the root device defined as a pmem"
              + " device");
    }
    Map<String, Object> drive = create(body);
    if (position < 0) {
      drives.add(root ? 0 : drives.size(), drive);
    } else {
      drives.set(position, drive);
      if (root && position != 0) {
        drives.set(position, drives.get(0));
        drives.set(0, drive);
      }
    }
  }

  private int indexOf(String id) {
    var drives = vmm.resources().drives;
    for (int i = 0; i < drives.size(); i++) {
      if (id.equals(drives.get(i).get("drive_id"))) {
        return i;
      }
    }
    return -1;
  }

  /** Virtio needs path_on_host, vhost-user needs socket; exactly one of them. */
  private Map<String, Object> create(Map<String, Object> body) throws Fault {
    String path = text(body, "path_on_host");
    String socket = text(body, "socket");
    if ((path == null) == (socket == null)) {
      throw DriveErrors.invalidConfig();
    }
    boolean virtio = path != null;
    if (virtio) {
      checkBackingFile(path, flag(body, "is_read_only"));
    }
    // TODO(#2): a vhost-user drive should connect to its socket at PUT time.
    return Json.object(
        "drive_id", body.get("drive_id"),
        "partuuid", body.get("partuuid"),
        "is_root_device", body.get("is_root_device"),
        "cache_type", body.getOrDefault("cache_type", "Unsafe"),
        "is_read_only", virtio ? flag(body, "is_read_only") : null,
        "path_on_host", path,
        "rate_limiter", Json.rateLimiter(body.get("rate_limiter")),
        "io_engine", virtio ? body.getOrDefault("io_engine", "Sync") : null,
        "socket", socket);
  }

  private void checkBackingFile(String path, boolean readOnly) throws Fault {
    var failure = IoErrors.openFails(Path.of(path), !readOnly);
    if (failure.isPresent()) {
      throw DriveErrors.backingFile(vmm.profile(), failure.get(), path);
    }
  }

  private HttpResponse patch(ApiCall call) throws Fault {
    String id = ResourceIds.checked(call.second());
    Map<String, Object> body = call.parse(BodyShapes.DRIVE_UPDATE);
    if (!id.equals(text(body, "drive_id"))) {
      throw new Fault(ID_MISMATCH);
    }
    vmm.requireStarted();
    Map<String, Object> drive =
        vmm.resources().drive(id).orElseThrow(() -> patchFailed("The device was not found."));
    boolean virtio = drive.get("path_on_host") != null;
    if (!virtio || (body.get("path_on_host") == null && body.get("rate_limiter") == null)) {
      throw patchFailed("Running method expected different backend.");
    }
    update(drive, body);
    return HttpResponse.noContent();
  }

  private void update(Map<String, Object> drive, Map<String, Object> body) throws Fault {
    String path = text(body, "path_on_host");
    if (path != null) {
      var failure = IoErrors.openFails(Path.of(path), !flag(drive, "is_read_only"));
      if (failure.isPresent()) {
        throw patchFailed(
            "Virtio backend error: Error manipulating the backing file: "
                + failure.get()
                + " "
                + path
                + ".");
      }
      drive.put("path_on_host", path);
    }
    if (body.get("rate_limiter") != null) {
      drive.put("rate_limiter", Json.rateLimiter(body.get("rate_limiter")));
    }
  }

  private static Fault patchFailed(String reason) {
    return new Fault(
        DriveErrors.PREFIX
            + "Unable to patch the block device: Device manager error: "
            + reason
            + " Please verify the request arguments.");
  }

  private HttpResponse delete(ApiCall call) throws Fault {
    String id = ResourceIds.checked(call.second());
    HotplugRules.checkDelete(vmm);
    Map<String, Object> drive =
        vmm.resources().drive(id).orElseThrow(() -> new Fault("Device not found"));
    if (flag(drive, "is_root_device")) {
      throw new Fault("Cannot unplug root device");
    }
    vmm.resources().drives.remove(drive);
    return HttpResponse.noContent();
  }
}
