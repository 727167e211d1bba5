package dev.knaller.firecracker.model;

/**
 * Where {@code PUT /snapshot/create} writes the microVM state and guest memory. Required: {@code
 * snapshot_path}, {@code mem_file_path}.
 */
public record SnapshotCreateParams(
    String snapshotPath, String memFilePath, SnapshotType snapshotType) {
  /** Checks the fields the API requires. */
  public SnapshotCreateParams {
    Required.check(snapshotPath, "SnapshotCreateParams", "snapshot_path");
    Required.check(memFilePath, "SnapshotCreateParams", "mem_file_path");
  }

  /** Returns parameters for a full snapshot into the two files. */
  public static SnapshotCreateParams full(String snapshotPath, String memFilePath) {
    return new SnapshotCreateParams(snapshotPath, memFilePath, SnapshotType.FULL);
  }
}
