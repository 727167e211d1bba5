package dev.knaller.emulator.api;

import dev.knaller.emulator.serde.Deserializer;
import dev.knaller.emulator.serde.JsonNull;
import dev.knaller.emulator.serde.JsonWriter;
import dev.knaller.emulator.serde.SerdeException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's own snapshot format (it is not Firecracker's): a header line naming the snapshot
 * format version, then the device configuration as JSON. The memory file is a sparse file of the
 * guest's size. Real Firecracker snapshots cannot be loaded, nor ours by Firecracker.
 */
public final class SnapshotFile {
  private static final String MAGIC = "knaller-emulator snapshot ";

  private SnapshotFile() {}

  static void write(Path state, String snapshotVersion, Map<String, Object> devices)
      throws IOException {
    String text = MAGIC + snapshotVersion + "\n" + JsonWriter.write(devices);
    Files.writeString(state, text, StandardCharsets.UTF_8);
  }

  static void writeMemory(Path memory, long memoryMib) throws IOException {
    try (var file = new RandomAccessFile(memory.toFile(), "rw")) {
      file.setLength(memoryMib << 20);
    }
  }

  /** The version in a snapshot's header, for {@code --describe-snapshot}. */
  public static Optional<String> version(Path state) throws IOException {
    String text = Files.readString(state, StandardCharsets.UTF_8);
    if (!text.startsWith(MAGIC) || text.indexOf('\n') < 0) {
      return Optional.empty();
    }
    return Optional.of(text.substring(MAGIC.length(), text.indexOf('\n')));
  }

  /** Stored sections use Java null for JSON null, as the live configuration does. */
  private static Object javaNulls(Object value) {
    return switch (value) {
      case JsonNull n -> null;
      case Map<?, ?> map -> {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put((String) k, javaNulls(v)));
        yield copy;
      }
      case List<?> list -> {
        List<Object> copy = new ArrayList<>();
        list.forEach(item -> copy.add(javaNulls(item)));
        yield copy;
      }
      default -> value;
    };
  }

  @SuppressWarnings("unchecked")
  static Optional<Map<String, Object>> devices(Path state) throws IOException {
    String text = Files.readString(state, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    if (!text.startsWith(MAGIC) || newline < 0) {
      return Optional.empty();
    }
    try {
      Object json = Deserializer.any(text.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
      return json instanceof Map<?, ?> map
          ? Optional.of((Map<String, Object>) javaNulls(map))
          : Optional.empty();
    } catch (SerdeException e) {
      return Optional.empty();
    }
  }
}
