package dev.knaller.cli;

import dev.knaller.VmInfo;
import dev.knaller.json.JsonWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Formats {@code list --json}: an array of objects with the table's facts (plus the start time and
 * the socket), unknown ones as {@code null}, one VM per line.
 */
final class VmJson {
  private VmJson() {}

  static String of(List<VmInfo> vms, Instant now) {
    if (vms.isEmpty()) {
      return "[]\n";
    }
    return vms.stream()
        .map(vm -> JsonWriter.write(fields(vm, now)))
        .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  static Map<String, Object> fields(VmInfo vm, Instant now) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", vm.name());
    fields.put("state", vm.state().name().toLowerCase(Locale.ROOT));
    fields.put("vcpus", number(vm.vcpus()));
    fields.put("memory_mib", number(vm.memoryMib()));
    fields.put("guest_ip", vm.guestIp().orElse(null));
    fields.put("ssh_port", number(vm.sshHostPort()));
    fields.put("pid", number(vm.pid()));
    fields.put("started_at", vm.startedAt().map(Instant::toString).orElse(null));
    fields.put(
        "age_seconds",
        vm.startedAt().map(started -> Duration.between(started, now).toSeconds()).orElse(null));
    fields.put("socket", vm.socketPath().toString());
    return fields;
  }

  private static Integer number(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static Long number(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }
}
