package dev.knaller.firecracker.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** One snapshot of the standard VM per release, for tests that load one. */
final class Snapshots {
  private Snapshots() {}

  /** Creates the shared host files in {@code shared}, then a paused VM's snapshot per release. */
  static Map<ApiProfile, SnapshotImage> takeOnePerRelease(Path shared) throws Exception {
    HostFiles.createShared(shared);
    Map<ApiProfile, SnapshotImage> snapshots = new EnumMap<>(ApiProfile.class);
    for (ApiProfile profile : ApiProfile.values()) {
      Path directory = Files.createDirectory(shared.resolve(profile.toString()));
      try (var vm = EmulatedVm.start(profile, directory.resolve("api.sock"), true)) {
        snapshots.put(profile, vm.snapshot(new HostFiles(shared, directory, null), directory));
      }
    }
    return snapshots;
  }
}
