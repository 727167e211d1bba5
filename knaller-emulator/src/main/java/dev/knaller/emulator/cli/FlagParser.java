package dev.knaller.emulator.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Firecracker's own arg_parser: only {@code --name value} (never {@code --name=value}), a value may
 * not start with {@code --}, no repeats, and {@code --help} or {@code --version} anywhere
 * short-circuits everything else.
 */
public final class FlagParser {
  private final FlagSpec spec;

  public FlagParser(FlagSpec spec) {
    this.spec = spec;
  }

  public CommandLine parse(List<String> args) throws ArgumentException {
    for (String shortCircuit : List.of("help", "version")) {
      if (args.contains("--" + shortCircuit)
          || (shortCircuit.equals("help") && args.contains("-h"))) {
        return new CommandLine(Map.of(), Set.of(shortCircuit));
      }
    }
    Map<String, String> values = new HashMap<>();
    Set<String> switches = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      i = parseOne(args, i, values, switches);
    }
    checkCombinations(values, switches);
    return new CommandLine(values, switches);
  }

  private int parseOne(List<String> args, int i, Map<String, String> values, Set<String> switches)
      throws ArgumentException {
    String arg = args.get(i);
    String name = arg.startsWith("--") ? arg.substring(2) : arg;
    var flag = spec.find(name);
    if (!arg.startsWith("--") || flag.isEmpty()) {
      throw new ArgumentException(
          "Found argument '" + name + "' which wasn't expected, or isn't valid in this context.");
    }
    if (values.containsKey(name) || switches.contains(name)) {
      throw new ArgumentException("The argument '" + name + "' was provided more than once.");
    }
    if (!flag.get().takesValue()) {
      switches.add(name);
      return i;
    }
    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
      throw new ArgumentException(
          "The argument '" + name + "' requires a value, but none was supplied.");
    }
    values.put(name, args.get(i + 1));
    return i + 1;
  }

  private static void checkCombinations(Map<String, String> values, Set<String> switches)
      throws ArgumentException {
    if (switches.contains("no-api") && !values.containsKey("config-file")) {
      throw new ArgumentException("Argument 'config-file' required, but not found.");
    }
    if (switches.contains("no-seccomp") && values.containsKey("seccomp-filter")) {
      throw new ArgumentException(
          "Argument 'no-seccomp' cannot be used together with argument 'seccomp-filter'.");
    }
  }
}
