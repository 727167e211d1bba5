package dev.knaller.firecracker.model;

/**
 * The free page hinting status ({@code GET /balloon/hinting/status}). Required: {@code host_cmd}.
 */
public record BalloonHintingStatus(Integer hostCmd, Integer guestCmd) {
  /** Checks the fields the API requires. */
  public BalloonHintingStatus {
    Required.check(hostCmd, "BalloonHintingStatus", "host_cmd");
  }
}
