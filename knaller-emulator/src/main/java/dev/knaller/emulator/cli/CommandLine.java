package dev.knaller.emulator.cli;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed command line: flag values and the switches that were given. */
public record CommandLine(Map<String, String> values, Set<String> switches) {
  public static final String DEFAULT_API_SOCK = "/run/firecracker.socket";
  public static final String DEFAULT_ID = "anonymous-instance";

  public CommandLine {
    values = Map.copyOf(values);
    switches = Set.copyOf(switches);
  }

  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public boolean has(String name) {
    return switches.contains(name) || values.containsKey(name);
  }

  public String apiSock() {
    return value("api-sock").orElse(DEFAULT_API_SOCK);
  }

  public String id() {
    return value("id").orElse(DEFAULT_ID);
  }
}
