package dev.knaller.emulator;

import dev.knaller.emulator.http.HttpRequest;
import dev.knaller.emulator.http.HttpResponse;
import dev.knaller.emulator.http.RequestHandler;
import dev.knaller.emulator.serde.Deserializer;
import dev.knaller.emulator.serde.JsonWriter;
import dev.knaller.emulator.serde.SerdeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code --config-file}: configures every section as the matching PUT would, then InstanceStart,
 * with no API call. Unknown top-level keys are ignored (that level has no deny_unknown_fields).
 */
final class ConfigFileBoot {
  private static final List<String> SINGLE_SECTIONS =
      List.of("logger", "metrics", "boot-source", "machine-config", "vsock", "balloon", "entropy");
  private final RequestHandler api;

  ConfigFileBoot(RequestHandler api) {
    this.api = api;
  }

  void boot(String file) throws StartupException {
    Map<String, Object> config = read(file);
    for (String section : SINGLE_SECTIONS) {
      if (config.get(section) instanceof Map<?, ?> body) {
        put("/" + section, body);
      }
    }
    putEach(config.get("drives"), "/drives/", "drive_id");
    putEach(config.get("network-interfaces"), "/network-interfaces/", "iface_id");
    if (config.get("mmds-config") instanceof Map<?, ?> body) {
      put("/mmds/config", body);
    }
    put("/actions", Map.of("action_type", "InstanceStart"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(String file) throws StartupException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw Abort.panic("Unable to read config file: " + e.getMessage());
    }
    try {
      if (Deserializer.any(bytes) instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
      throw new StartupException(
          1, "Configuration for VMM from one single json failed: not an object");
    } catch (SerdeException e) {
      throw new StartupException(
          1, "Configuration for VMM from one single json failed: " + e.serdeMessage());
    }
  }

  private void putEach(Object list, String prefix, String idKey) throws StartupException {
    if (list instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> body) {
          put(prefix + body.get(idKey), body);
        }
      }
    }
  }

  private void put(String path, Map<?, ?> body) throws StartupException {
    byte[] json = JsonWriter.write(body).getBytes(StandardCharsets.UTF_8);
    HttpResponse response = api.handle(new HttpRequest("PUT", path, "HTTP/1.1", json));
    if (response.status() != 204) {
      throw new StartupException(
          1, "Configuration for VMM from one single json failed: " + response.body());
    }
  }
}
