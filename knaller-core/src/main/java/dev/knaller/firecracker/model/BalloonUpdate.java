package dev.knaller.firecracker.model;

/** A new balloon target size ({@code PATCH /balloon}). Required: {@code amount_mib}. */
public record BalloonUpdate(Integer amountMib) {
  /** Checks the fields the API requires. */
  public BalloonUpdate {
    Required.check(amountMib, "BalloonUpdate", "amount_mib");
  }
}
