package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;
import java.util.Map;

/** {@code /balloon}, {@code /balloon/statistics} and (v1.16) {@code /balloon/hinting/*}. */
final class BalloonHandler {
  private static final String PREFIX = "Balloon config error: ";
  private static final String NO_DEVICE = "No balloon device found.";
  private static final String TOO_LARGE = "Amount of pages requested is too large.";
  private static final long PAGES_PER_MIB = 256;
  private final Vmm vmm;

  BalloonHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "balloon", this::put);
    routes.add("GET", "balloon", this::get);
    if (vmm.profile().hasV114Endpoints()) {
      routes.addBodyOptional("PATCH", "balloon", this::patch);
    } else {
      routes.add("PATCH", "balloon", this::patch);
    }
  }

  private HttpResponse put(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.balloon(vmm.profile()));
    vmm.requirePreBoot();
    vmm.markBootPath();
    if ((Long) body.get("amount_mib") > vmm.resources().memoryMib()) {
      throw new Fault(PREFIX + TOO_LARGE);
    }
    if (vmm.resources().hugePages()) {
      throw new Fault(
          PREFIX + "Firecracker's huge pages support is incompatible with memory ballooning.");
    }
    vmm.resources().balloon = normalized(body);
    return HttpResponse.noContent();
  }

  private Map<String, Object> normalized(Map<String, Object> body) {
    Map<String, Object> balloon =
        Json.object(
            "amount_mib", body.get("amount_mib"),
            "deflate_on_oom", body.get("deflate_on_oom"),
            "stats_polling_interval_s", Json.number(body, "stats_polling_interval_s", 0));
    if (vmm.profile().hasV114Endpoints()) {
      balloon.put("free_page_hinting", Json.flag(body, "free_page_hinting"));
      balloon.put("free_page_reporting", Json.flag(body, "free_page_reporting"));
    }
    return balloon;
  }

  private HttpResponse get(ApiCall call) throws Fault {
    if (call.second().isEmpty()) {
      return Json.ok(device(PREFIX));
    }
    return switch (call.second().get()) {
      case "statistics" -> statistics();
      case "hinting" -> hintingStatus(call);
      default -> throw Fault.unrecognizedPath("GET", call.second().get());
    };
  }

  private Map<String, Object> device(String prefix) throws Fault {
    if (vmm.resources().balloon == null) {
      throw new Fault(prefix + NO_DEVICE);
    }
    return vmm.resources().balloon;
  }

  private HttpResponse statistics() throws Fault {
    vmm.requireStarted();
    Map<String, Object> balloon = device(PREFIX);
    if ((Long) balloon.get("stats_polling_interval_s") == 0) {
      throw new Fault(PREFIX + "Statistics for the balloon device are not enabled");
    }
    long mib = (Long) balloon.get("amount_mib");
    return Json.ok(
        Json.object(
            "target_pages",
            mib * PAGES_PER_MIB,
            "actual_pages",
            mib * PAGES_PER_MIB,
            "target_mib",
            mib,
            "actual_mib",
            mib));
  }

  private HttpResponse hintingStatus(ApiCall call) throws Fault {
    if (!vmm.profile().hasV114Endpoints() || !call.third().filter("status"::equals).isPresent()) {
      throw Fault.unrecognizedPath("GET", call.second().get());
    }
    vmm.requireStarted();
    device(PREFIX);
    return Json.ok(Json.object("host_cmd", 0L, "guest_cmd", null));
  }

  private HttpResponse patch(ApiCall call) throws Fault {
    String sub = call.second().orElse("");
    if (!call.hasBody() && !sub.equals("hinting")) {
      throw new Fault("Empty PATCH request.");
    }
    return switch (sub) {
      case "" -> updateTarget(call);
      case "statistics" -> updateStatistics(call);
      case "hinting" -> hinting(call);
      default -> throw Fault.unrecognizedPath("PATCH", sub);
    };
  }

  private HttpResponse updateTarget(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.BALLOON_UPDATE);
    vmm.requireStarted();
    String prefix = vmm.profile().balloonUpdatePrefix();
    Map<String, Object> balloon = device(prefix);
    if ((Long) body.get("amount_mib") > vmm.resources().memoryMib()) {
      throw new Fault(prefix + TOO_LARGE);
    }
    balloon.put("amount_mib", body.get("amount_mib"));
    return HttpResponse.noContent();
  }

  private HttpResponse updateStatistics(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.BALLOON_STATS_UPDATE);
    vmm.requireStarted();
    String prefix = vmm.profile().balloonUpdatePrefix();
    Map<String, Object> balloon = device(prefix);
    long before = (Long) balloon.get("stats_polling_interval_s");
    long after = (Long) body.get("stats_polling_interval_s");
    if ((before == 0) != (after == 0)) {
      throw new Fault(prefix + "Cannot enable/disable the statistics after boot.");
    }
    balloon.put("stats_polling_interval_s", after);
    return HttpResponse.noContent();
  }

  private HttpResponse hinting(ApiCall call) throws Fault {
    String command = call.third().orElse("");
    if (!vmm.profile().hasV114Endpoints() || !(command.equals("start") || command.equals("stop"))) {
      throw Fault.unrecognizedPath("PATCH", "hinting");
    }
    if (command.equals("start") && call.hasBody()) {
      call.parse(BodyShapes.BALLOON_HINTING_START);
    }
    vmm.requireStarted();
    device(vmm.profile().balloonUpdatePrefix());
    return HttpResponse.noContent();
  }
}
