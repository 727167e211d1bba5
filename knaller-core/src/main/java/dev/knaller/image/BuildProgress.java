package dev.knaller.image;

/** Receives progress while an image builds: a line per step, and the tools' own status lines. */
public interface BuildProgress {
  /** Does nothing; for callers that show no progress. */
  BuildProgress SILENT = step -> {};

  /** A build step starts, e.g. "bootstrapping Debian bookworm (mmdebstrap, unshare mode)". */
  void step(String description);

  /** A status line of the tool running the current step (mmdebstrap's "I: ..." lines). */
  default void detail(String line) {}
}
