package dev.knaller.firecracker;

import dev.knaller.firecracker.model.SnapshotLoadParams;

/**
 * Fits {@code PUT /snapshot/load} to the server's version: 1.13 renamed {@code
 * enable_diff_snapshots} to {@code track_dirty_pages} (and ORs the two), older servers refuse the
 * new name as an unknown field, and the load struct refuses every field it does not know.
 */
final class SnapshotLoadAdapter {
  private SnapshotLoadAdapter() {}

  static SnapshotLoadParams adapt(SnapshotLoadParams params, VersionCheck check)
      throws FirecrackerException {
    if (params.networkOverrides() != null) {
      check.require(FirecrackerFeature.NETWORK_OVERRIDES);
    }
    if (params.vsockOverride() != null || params.clockRealtime() != null) {
      check.require(FirecrackerFeature.VSOCK_OVERRIDE_AND_CLOCK_REALTIME);
    }
    Boolean dirty = or(params.trackDirtyPages(), params.enableDiffSnapshots());
    if (dirty == null) {
      return params;
    }
    boolean newName = supports(check);
    return withDirtyPages(params, newName ? dirty : null, newName ? null : dirty);
  }

  private static boolean supports(VersionCheck check) throws FirecrackerException {
    try {
      return check.require(FirecrackerFeature.TRACK_DIRTY_PAGES_ON_LOAD);
    } catch (FirecrackerUnsupportedException older) {
      return false;
    }
  }

  private static Boolean or(Boolean left, Boolean right) {
    if (left == null) {
      return right;
    }
    return right == null ? left : left || right;
  }

  private static SnapshotLoadParams withDirtyPages(
      SnapshotLoadParams params, Boolean trackDirtyPages, Boolean enableDiffSnapshots) {
    return new SnapshotLoadParams(
        params.snapshotPath(),
        params.memBackend(),
        params.memFilePath(),
        trackDirtyPages,
        enableDiffSnapshots,
        params.resumeVm(),
        params.networkOverrides(),
        params.vsockOverride(),
        params.clockRealtime());
  }
}
