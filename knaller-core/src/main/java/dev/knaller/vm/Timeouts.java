package dev.knaller.vm;

import java.time.Duration;

/**
 * How long starts, queries and stops wait; tests shorten them.
 *
 * @param apiDeadline how long a start waits for the API socket to accept connections
 * @param queryTimeout how long {@code list} waits for one VM's API
 * @param stopGrace how long a stop waits after Ctrl+Alt+Del before it escalates to signals
 */
public record Timeouts(Duration apiDeadline, Duration queryTimeout, Duration stopGrace) {
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(1);

  /** The defaults: 10 s for the API socket, 1 s per query, 10 s of grace. */
  public static Timeouts defaults() {
    return new Timeouts(
        ApiSocketWaiter.DEFAULT_DEADLINE, DEFAULT_QUERY_TIMEOUT, VmShutdown.DEFAULT_GRACE);
  }

  public Timeouts withStopGrace(Duration grace) {
    return new Timeouts(apiDeadline, queryTimeout, grace);
  }

  public Timeouts withApiDeadline(Duration deadline) {
    return new Timeouts(deadline, queryTimeout, stopGrace);
  }
}
