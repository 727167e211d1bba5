package dev.knaller.emulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Injected delays per slow operation ({@code KNALLER_EMULATOR_LATENCY_MS}, e.g. {@code
 * InstanceStart=500,Pause=100}). The delay runs on the API thread, so every other connection stalls
 * meanwhile, as behind a slow real call.
 */
public record Latency(Map<Operation, Duration> delays) {

  /** The operations whose latency can be set. */
  public enum Operation {
    InstanceStart,
    Pause,
    Resume,
    SnapshotCreate,
    SnapshotLoad
  }

  public Latency {
    delays = Map.copyOf(delays);
  }

  static Latency parse(String spec) {
    Map<Operation, Duration> delays = new EnumMap<>(Operation.class);
    for (String item : spec.split(",", -1)) {
      if (!item.isBlank()) {
        addItem(delays, item.trim());
      }
    }
    return new Latency(delays);
  }

  private static void addItem(Map<Operation, Duration> delays, String item) {
    String[] parts = item.split("=", -1);
    if (parts.length != 2 || !isOperation(parts[0])) {
      throw Knobs.bad(
          "KNALLER_EMULATOR_LATENCY_MS",
          item,
          "Name=millis pairs with names from InstanceStart, Pause, Resume, SnapshotCreate,"
              + " SnapshotLoad");
    }
    long millis = Knobs.number("KNALLER_EMULATOR_LATENCY_MS", parts[1]);
    delays.put(Operation.valueOf(parts[0]), Duration.ofMillis(millis));
  }

  private static boolean isOperation(String name) {
    for (var operation : Operation.values()) {
      if (operation.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Sleeps for the configured delay of {@code operation}, if any. */
  public void await(Operation operation) {
    Duration delay = delays.getOrDefault(operation, Duration.ZERO);
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
