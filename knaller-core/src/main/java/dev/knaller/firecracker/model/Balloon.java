package dev.knaller.firecracker.model;

/**
 * A balloon device ({@code PUT} and {@code GET /balloon}). Sizes in MiB. Required: {@code
 * amount_mib}, {@code deflate_on_oom}.
 */
public record Balloon(
    Integer amountMib,
    Boolean deflateOnOom,
    Integer statsPollingIntervalS,
    Boolean freePageHinting,
    Boolean freePageReporting) {
  /** Checks the fields the API requires. */
  public Balloon {
    Required.check(amountMib, "Balloon", "amount_mib");
    Required.check(deflateOnOom, "Balloon", "deflate_on_oom");
  }
}
