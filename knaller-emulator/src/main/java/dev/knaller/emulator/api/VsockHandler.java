package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;
import dev.knaller.emulator.http.UnixSocketBinder;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code PUT /vsock}: Firecracker binds {@code uds_path} at PUT time (EADDRINUSE if the path
 * exists) and unlinks the previous device's path on an upsert. Guest-side traffic is not emulated:
 * the socket listens and nothing answers.
 */
final class VsockHandler {
  private static final String PREFIX =
      "Vsock config error: Cannot create backend for vsock device: Error binding to the host-side"
          + " Unix socket: ";
  private final Vmm vmm;

  VsockHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "vsock", this::put);
  }

  private HttpResponse put(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.VSOCK);
    if (body.containsKey("vsock_id")) {
      call.deprecate();
    }
    vmm.requirePreBoot();
    vmm.markBootPath();
    releasePrevious(vmm.resources());
    String udsPath = Json.text(body, "uds_path");
    vmm.resources().vsockListener = bind(Path.of(udsPath));
    vmm.resources().vsock = Json.object("guest_cid", body.get("guest_cid"), "uds_path", udsPath);
    return HttpResponse.noContent();
  }

  private static void releasePrevious(VmResources resources) {
    if (resources.vsock == null) {
      return;
    }
    try {
      resources.vsockListener.close();
      Files.deleteIfExists(Path.of((String) resources.vsock.get("uds_path")));
    } catch (IOException e) {
      // Firecracker ignores a failed unlink of the old path as well.
    }
    resources.vsock = null;
  }

  /** Binds like Rust's {@code UnixListener::bind}: no unlink first. */
  static ServerSocketChannel bind(Path path) throws Fault {
    try {
      return UnixSocketBinder.bind(path);
    } catch (IOException e) {
      throw new Fault(PREFIX + IoErrors.describe(e));
    }
  }
}
