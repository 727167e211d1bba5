package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;
import dev.knaller.emulator.serde.JsonNull;
import dev.knaller.emulator.serde.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /mmds} (the data store, any JSON) and {@code PUT /mmds/config}. */
final class MmdsHandler {
  private static final String CONFIG_PREFIX = "MMMDS config error: ";
  private final Vmm vmm;
  private final long sizeLimit;

  MmdsHandler(Vmm vmm, long sizeLimit) {
    this.vmm = vmm;
    this.sizeLimit = sizeLimit;
  }

  void register(Routes routes) {
    routes.add("PUT", "mmds", this::put);
    routes.add("PATCH", "mmds", this::patch);
    routes.add("GET", "mmds", this::get);
  }

  private HttpResponse put(ApiCall call) throws Fault {
    if (call.second().isPresent()) {
      if (!call.second().get().equals("config")) {
        throw Fault.unrecognizedPath("PUT", call.second().get());
      }
      return config(call);
    }
    store(call.parseAny());
    return HttpResponse.noContent();
  }

  private HttpResponse patch(ApiCall call) throws Fault {
    store(mergePatch(vmm.resources().mmdsData, call.parseAny()));
    return HttpResponse.noContent();
  }

  private HttpResponse get(ApiCall call) throws Fault {
    if (call.second().isPresent()) {
      throw Fault.unrecognizedPath("GET", call.second().get());
    }
    return Json.ok(vmm.resources().mmdsData);
  }

  private void store(Object data) throws Fault {
    int size = JsonWriter.write(data).getBytes(StandardCharsets.UTF_8).length;
    if (size > sizeLimit) {
      throw new Fault(413, "MMDS limit exceeded error: The MMDS patch request doesn't fit.");
    }
    vmm.resources().mmdsData = data;
  }

  /** RFC 7396 JSON merge patch, as serde_json's data store applies it. */
  @SuppressWarnings("unchecked")
  static Object mergePatch(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> patchMap)) {
      return patch;
    }
    Map<String, Object> result =
        target instanceof Map<?, ?> t
            ? new LinkedHashMap<>((Map<String, Object>) t)
            : new LinkedHashMap<>();
    for (var entry : ((Map<String, Object>) patchMap).entrySet()) {
      if (entry.getValue() == JsonNull.NULL) {
        result.remove(entry.getKey());
      } else {
        result.put(entry.getKey(), mergePatch(result.get(entry.getKey()), entry.getValue()));
      }
    }
    return result;
  }

  private HttpResponse config(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.mmdsConfig(vmm.profile()));
    // V1 is deprecated, and it is the default when version is omitted.
    if (!"V2".equals(body.get("version"))) {
      call.deprecate();
    }
    vmm.requirePreBoot();
    vmm.markBootPath();
    @SuppressWarnings("unchecked")
    var ids = (List<Object>) body.get("network_interfaces");
    checkInterfaces(ids);
    String address = (String) body.getOrDefault("ipv4_address", "169.254.169.254");
    if (!address.startsWith("169.254.")) {
      throw new Fault(CONFIG_PREFIX + "The MMDS IPv4 address is not link local.");
    }
    vmm.resources().mmdsConfig = normalized(body, ids, address);
    return HttpResponse.noContent();
  }

  private void checkInterfaces(List<Object> ids) throws Fault {
    if (ids.isEmpty()) {
      throw new Fault(
          CONFIG_PREFIX
              + "The list of network interface IDs that allow forwarding MMDS requests is empty.");
    }
    for (Object id : ids) {
      if (vmm.resources().networkInterface((String) id).isEmpty()) {
        throw new Fault(
            CONFIG_PREFIX
                + "The list of network interface IDs provided contains at least one ID that does"
                + " not correspond to any existing network interface.");
      }
    }
  }

  private Map<String, Object> normalized(Map<String, Object> body, List<Object> ids, String ip) {
    Map<String, Object> config =
        Json.object(
            "version", body.getOrDefault("version", "V1"),
            "network_interfaces", ids,
            "ipv4_address", ip);
    if (vmm.profile().atLeast(dev.knaller.emulator.Profile.V1_13_1)) {
      config.put("imds_compat", Json.flag(body, "imds_compat"));
    }
    return config;
  }
}
