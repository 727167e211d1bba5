package dev.knaller.emulator.serde;

/** JSON {@code null} inside a {@code serde_json::Value} tree (maps and lists hold no Java null). */
public enum JsonNull {
  NULL
}
