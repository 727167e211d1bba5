package dev.knaller.bench;

import java.util.ArrayList;
import java.util.List;

/** Command line of {@link RoundRobin}. */
record RoundRobinOptions(int rounds, int warmup, String baselineName, List<Variant> variants) {

  static RoundRobinOptions parse(String[] args) {
    int rounds = 11;
    int warmup = 1;
    String baseline = null;
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--baseline" -> baseline = args[++i];
        default -> variants.add(Variant.parse(args[i]));
      }
    }
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("no variants given; pass name=command arguments");
    }
    return new RoundRobinOptions(rounds, warmup, baseline, variants);
  }

  /** The baseline variants' names: those given by --baseline (comma-separated), else the first. */
  List<String> baselines(List<Variant> all) {
    return baselineName != null ? List.of(baselineName.split(",", -1)) : List.of(all.get(0).name());
  }
}
