package dev.knaller.firecracker.model;

/**
 * A new statistics polling interval ({@code PATCH /balloon/statistics}); statistics cannot be
 * switched on or off after boot. Required: {@code stats_polling_interval_s}.
 */
public record BalloonStatsUpdate(Integer statsPollingIntervalS) {
  /** Checks the fields the API requires. */
  public BalloonStatsUpdate {
    Required.check(statsPollingIntervalS, "BalloonStatsUpdate", "stats_polling_interval_s");
  }
}
