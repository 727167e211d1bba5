package dev.knaller.firecracker.model;

/**
 * Firecracker's metrics sink ({@code PUT /metrics}); up to 1.13 the file must already exist.
 * Required: {@code metrics_path}.
 */
public record Metrics(String metricsPath) {
  /** Checks the fields the API requires. */
  public Metrics {
    Required.check(metricsPath, "Metrics", "metrics_path");
  }
}
