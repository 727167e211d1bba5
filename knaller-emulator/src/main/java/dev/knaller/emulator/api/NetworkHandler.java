package dev.knaller.emulator.api;

import static dev.knaller.emulator.api.Json.text;

import dev.knaller.emulator.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /network-interfaces/{id}}: unique MACs, and (with {@code KNALLER_EMULATOR_TAP_CHECK=on}) a
 * TAP that must exist in this network namespace ({@code /proc/net/dev}), as Firecracker opens it.
 */
final class NetworkHandler {
  private static final String PREFIX = "Network config error: ";
  private static final int IFNAMSIZ = 16;
  private final Vmm vmm;

  NetworkHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "network-interfaces", this::put);
    routes.add("PATCH", "network-interfaces", this::patch);
    if (vmm.profile().hasDelete()) {
      routes.add("DELETE", "network-interfaces", this::delete);
    }
  }

  private HttpResponse put(ApiCall call) throws Fault {
    String id = ResourceIds.checked(call.second());
    Map<String, Object> body = call.parse(BodyShapes.networkInterface(vmm.profile()));
    checkSameId(id, text(body, "iface_id"));
    HotplugRules.checkPut(vmm, vmm.resources().networkInterface(id).isPresent());
    vmm.markBootPath();
    checkMacUnique(id, text(body, "guest_mac"));
    checkTap(text(body, "host_dev_name"));
    upsert(id, normalized(body));
    return HttpResponse.noContent();
  }

  private static void checkSameId(String pathId, String bodyId) throws Fault {
    if (!pathId.equals(bodyId)) {
      throw new Fault(
          "The id from the path ["
              + pathId
              + "] does not match the id from the body ["
              + bodyId
              + "]!");
    }
  }

  private void checkMacUnique(String id, String mac) throws Fault {
    if (mac == null) {
      return;
    }
    String canonical = mac.toLowerCase(Locale.ROOT);
    boolean taken =
        vmm.resources().networkInterfaces.stream()
            .anyMatch(n -> !id.equals(n.get("iface_id")) && canonical.equals(n.get("guest_mac")));
    if (taken) {
      throw new Fault(PREFIX + "The MAC address is already in use: " + canonical);
    }
  }

  private void checkTap(String name) throws Fault {
    if (!vmm.knobs().tapCheck()) {
      return;
    }
    boolean fits = name.getBytes(StandardCharsets.UTF_8).length < IFNAMSIZ && !name.contains("/");
    String failure =
        fits ? "Operation not permitted (os error 1)" : "Invalid argument (os error 22)";
    if (fits && NetDevices.exists(name)) {
      return;
    }
    throw new Fault(
        PREFIX
            + "Could not create the network device: Open tap device failed: Error while creating"
            + " ifreq structure: "
            + failure
            + ". Invalid TUN/TAP Backend provided by "
            + name
            + ". Check our documentation on setting up the network devices.");
  }

  private Map<String, Object> normalized(Map<String, Object> body) {
    Object mac = body.get("guest_mac");
    Map<String, Object> iface =
        Json.object(
            "iface_id", body.get("iface_id"),
            "host_dev_name", body.get("host_dev_name"),
            "guest_mac", mac == null ? null : mac.toString().toLowerCase(Locale.ROOT),
            "rx_rate_limiter", Json.rateLimiter(body.get("rx_rate_limiter")),
            "tx_rate_limiter", Json.rateLimiter(body.get("tx_rate_limiter")));
    if (vmm.profile().hasHotplug()) {
      iface.put("mtu", body.get("mtu"));
    }
    return iface;
  }

  private void upsert(String id, Map<String, Object> iface) {
    var list = vmm.resources().networkInterfaces;
    var existing = vmm.resources().networkInterface(id);
    if (existing.isPresent()) {
      list.set(list.indexOf(existing.get()), iface);
    } else {
      list.add(iface);
    }
  }

  private HttpResponse patch(ApiCall call) throws Fault {
    String id = ResourceIds.checked(call.second());
    Map<String, Object> body = call.parse(BodyShapes.NET_UPDATE);
    checkSameId(id, text(body, "iface_id"));
    vmm.requireStarted();
    Map<String, Object> iface =
        vmm.resources()
            .networkInterface(id)
            .orElseThrow(() -> new Fault(PREFIX + "The network interface ID was not found."));
    for (String key : new String[] {"rx_rate_limiter", "tx_rate_limiter"}) {
      if (body.get(key) != null) {
        iface.put(key, Json.rateLimiter(body.get(key)));
      }
    }
    return HttpResponse.noContent();
  }

  private HttpResponse delete(ApiCall call) throws Fault {
    String id = ResourceIds.checked(call.second());
    HotplugRules.checkDelete(vmm);
    var iface =
        vmm.resources().networkInterface(id).orElseThrow(() -> new Fault("Device not found"));
    vmm.resources().networkInterfaces.remove(iface);
    return HttpResponse.noContent();
  }
}
