package dev.knaller.firecracker.model;

/**
 * Balloon statistics ({@code GET /balloon/statistics}): pages, MiB, and byte or event counters from
 * the guest. Required: {@code target_pages}, {@code actual_pages}, {@code target_mib}, {@code
 * actual_mib}.
 */
public record BalloonStats(
    Long targetPages,
    Long actualPages,
    Long targetMib,
    Long actualMib,
    Long swapIn,
    Long swapOut,
    Long majorFaults,
    Long minorFaults,
    Long freeMemory,
    Long totalMemory,
    Long availableMemory,
    Long diskCaches,
    Long hugetlbAllocations,
    Long hugetlbFailures,
    Long oomKill,
    Long allocStall,
    Long asyncScan,
    Long directScan,
    Long asyncReclaim,
    Long directReclaim) {
  /** Checks the fields the API requires. */
  public BalloonStats {
    Required.check(targetPages, "BalloonStats", "target_pages");
    Required.check(actualPages, "BalloonStats", "actual_pages");
    Required.check(targetMib, "BalloonStats", "target_mib");
    Required.check(actualMib, "BalloonStats", "actual_mib");
  }
}
