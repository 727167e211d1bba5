package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** Firecracker's log level (the server accepts any case). */
public enum LogLevel {
  @JsonName("Error")
  ERROR,
  @JsonName("Warning")
  WARNING,
  @JsonName("Info")
  INFO,
  @JsonName("Debug")
  DEBUG,
  @JsonName("Trace")
  TRACE,
  @JsonName("Off")
  OFF
}
