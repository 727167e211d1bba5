package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /logger} and {@code PUT /metrics}. Up to v1.13 both files must already exist (no
 * create flag); v1.14 creates them. Metrics can be set once only.
 */
final class LoggingHandler {
  private static final List<String> LEVELS =
      List.of("off", "trace", "debug", "info", "warn", "warning", "error");
  private static final String METRICS_PREFIX =
      "Metrics error: Cannot initialize the metrics system due to bad user input: ";
  private final Vmm vmm;

  LoggingHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "logger", this::logger);
    routes.add("PUT", "metrics", this::metrics);
  }

  private HttpResponse logger(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.LOGGER);
    checkLevel(Optional.ofNullable(Json.text(body, "level")));
    vmm.requirePreBoot();
    String path = Json.text(body, "log_path");
    Optional<String> failure = path == null ? Optional.empty() : open(path);
    if (failure.isPresent()) {
      throw new Fault("Logger error: Failed to open target file: " + failure.get());
    }
    return HttpResponse.noContent();
  }

  /** Levels are case-insensitive; the refusal text is the one older Firecracker code used. */
  private static void checkLevel(Optional<String> level) throws Fault {
    if (level.isPresent() && !LEVELS.contains(level.get().toLowerCase(Locale.ROOT))) {
      throw ApiCall.serdeFault(
          "unknown variant `"
              + level.get()
              + "`, expected one of `Error`, `Warning`, `Info`, `Debug`");
    }
  }

  private HttpResponse metrics(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.METRICS);
    vmm.requirePreBoot();
    if (vmm.resources().metricsConfigured) {
      throw new Fault(METRICS_PREFIX + "Reinitialization of metrics not allowed.");
    }
    Optional<String> failure = open(Json.text(body, "metrics_path"));
    if (failure.isPresent()) {
      throw new Fault(METRICS_PREFIX + failure.get());
    }
    vmm.resources().metricsConfigured = true;
    return HttpResponse.noContent();
  }

  /** Opens for appending; creates the file only where the profile's Firecracker does. */
  private Optional<String> open(String path) {
    var options =
        vmm.profile().createsLogFiles()
            ? new StandardOpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.CREATE}
            : new StandardOpenOption[] {StandardOpenOption.WRITE};
    try {
      FileChannel.open(Path.of(path), options).close();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(IoErrors.describe(e));
    }
  }
}
