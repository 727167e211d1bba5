package dev.knaller.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times whole processes, every variant once per round (rotating the order), so the noise of a
 * shared machine hits all variants alike. Prints a table of wall medians in milliseconds and the
 * median per-round ratio to each baseline variant (the first one unless {@code --baseline a,b}).
 *
 * <p>Usage: {@code RoundRobin [--rounds 11] [--warmup 1] [--baseline NAME[,NAME]] name=command ...}
 */
public final class RoundRobin {
  private final List<Variant> variants;
  private final Map<String, List<Double>> millis = new LinkedHashMap<>();
  private final Path stderr;

  private RoundRobin(List<Variant> variants) throws IOException {
    this.variants = variants;
    this.stderr = Files.createTempFile("knaller-bench", ".stderr");
    for (Variant variant : variants) {
      millis.put(variant.name(), new ArrayList<>());
    }
  }

  public static void main(String[] args) throws Exception {
    RoundRobinOptions options = RoundRobinOptions.parse(args);
    RoundRobin runner = new RoundRobin(options.variants());
    try {
      runner.run(options.warmup(), false);
      runner.run(options.rounds(), true);
      new RoundRobinReport(runner.millis, options.baselines(runner.variants)).print(System.out);
    } finally {
      Files.deleteIfExists(runner.stderr);
    }
  }

  private void run(int rounds, boolean record) throws IOException, InterruptedException {
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < variants.size(); i++) {
        Variant variant = variants.get((round + i) % variants.size());
        double elapsed = time(variant);
        if (record) {
          millis.get(variant.name()).add(elapsed);
        }
      }
    }
  }

  private double time(Variant variant) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(variant.argv());
    builder.environment().putAll(variant.environment());
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(stderr.toFile());
    builder.redirectInput(new File("/dev/null"));
    long start = System.nanoTime();
    int exit = builder.start().waitFor();
    double elapsed = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException(
          variant.name() + " exited with " + exit + ": " + Files.readString(stderr));
    }
    return elapsed;
  }
}
