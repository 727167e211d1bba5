package dev.knaller.firecracker.model;

import java.util.List;

/**
 * Restores a microVM from a snapshot ({@code PUT /snapshot/load}); exactly one of {@code
 * mem_backend} and the deprecated {@code mem_file_path}. Dirty page tracking is {@code
 * track_dirty_pages} from 1.13 and {@code enable_diff_snapshots} before; the client sends the one
 * the server knows. Required: {@code snapshot_path}.
 */
public record SnapshotLoadParams(
    String snapshotPath,
    MemoryBackend memBackend,
    String memFilePath,
    Boolean trackDirtyPages,
    Boolean enableDiffSnapshots,
    Boolean resumeVm,
    List<NetworkOverride> networkOverrides,
    VsockOverride vsockOverride,
    Boolean clockRealtime) {
  /** Checks the fields the API requires and copies lists so the record is immutable. */
  public SnapshotLoadParams {
    Required.check(snapshotPath, "SnapshotLoadParams", "snapshot_path");
    networkOverrides = networkOverrides == null ? null : List.copyOf(networkOverrides);
    if ((memBackend == null) == (memFilePath == null)) {
      throw new IllegalArgumentException(
          "SnapshotLoadParams needs exactly one of mem_backend and mem_file_path; set memBackend");
    }
  }

  /** Starts a load of {@code snapshotPath} with guest memory from {@code memBackend}. */
  public static Builder builder(String snapshotPath, MemoryBackend memBackend) {
    return new Builder(snapshotPath, memBackend);
  }

  /** Builds {@link SnapshotLoadParams}; optional fields start unset and are omitted. */
  public static final class Builder {
    private final String snapshotPath;
    private final MemoryBackend memBackend;
    private Boolean trackDirtyPages;
    private Boolean resumeVm;
    private List<NetworkOverride> networkOverrides;
    private VsockOverride vsockOverride;
    private Boolean clockRealtime;

    private Builder(String snapshotPath, MemoryBackend memBackend) {
      this.snapshotPath = snapshotPath;
      this.memBackend = memBackend;
    }

    /** Tracks dirty pages after the load, so diff snapshots can follow. */
    public Builder trackDirtyPages(boolean value) {
      trackDirtyPages = value;
      return this;
    }

    /** Resumes the vCPUs once loaded; otherwise the VM stays paused. */
    public Builder resumeVm(boolean value) {
      resumeVm = value;
      return this;
    }

    /** Points interfaces at other TAP devices (1.12+). */
    public Builder networkOverrides(List<NetworkOverride> value) {
      networkOverrides = value;
      return this;
    }

    /** Points the vsock device at another Unix socket path (1.16+). */
    public Builder vsockOverride(VsockOverride value) {
      vsockOverride = value;
      return this;
    }

    /** Advances kvmclock by the wall-clock time since the snapshot (x86_64, 1.16+). */
    public Builder clockRealtime(boolean value) {
      clockRealtime = value;
      return this;
    }

    /** Returns the parameters. */
    public SnapshotLoadParams build() {
      return new SnapshotLoadParams(
          snapshotPath,
          memBackend,
          null,
          trackDirtyPages,
          null,
          resumeVm,
          networkOverrides,
          vsockOverride,
          clockRealtime);
    }
  }
}
