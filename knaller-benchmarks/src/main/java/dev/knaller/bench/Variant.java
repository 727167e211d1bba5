package dev.knaller.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command the round-robin runner starts: {@code name=[VAR=value ...] program args...}, split on
 * spaces (the benchmark's paths have none), leading {@code VAR=value} words going to the
 * environment as with env(1).
 */
record Variant(String name, Map<String, String> environment, List<String> argv) {

  static Variant parse(String spec) {
    int equals = spec.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException(
          "variant '" + spec + "' must read name=command, e.g. hello=java -cp x.jar Hello");
    }
    Map<String, String> environment = new LinkedHashMap<>();
    List<String> argv = new ArrayList<>();
    for (String word : spec.substring(equals + 1).trim().split(" +", -1)) {
      int assignment = word.indexOf('=');
      if (argv.isEmpty() && assignment > 0 && !word.startsWith("-")) {
        environment.put(word.substring(0, assignment), word.substring(assignment + 1));
      } else {
        argv.add(word);
      }
    }
    return new Variant(spec.substring(0, equals), environment, argv);
  }
}
