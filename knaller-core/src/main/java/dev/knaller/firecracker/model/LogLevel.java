package dev.knaller.firecracker.model;

import dev.knaller.json.JsonEnum;

/** Firecracker's log level (the server accepts any case). */
public enum LogLevel implements JsonEnum {
  ERROR("Error"),
  WARNING("Warning"),
  INFO("Info"),
  DEBUG("Debug"),
  TRACE("Trace"),
  OFF("Off");

  private final String wireName;

  LogLevel(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
