package dev.knaller.firecracker.conformance;

import dev.knaller.firecracker.model.MemoryBackend;
import dev.knaller.firecracker.model.SnapshotLoadParams;
import java.nio.file.Path;

/** A snapshot's two files (the emulator's own format), and the load request for them. */
record SnapshotImage(Path state, Path memory) {
  /** Loads with dirty page tracking on, so the release-specific field name is always sent. */
  SnapshotLoadParams load(boolean resume) {
    return SnapshotLoadParams.builder(state.toString(), MemoryBackend.file(memory.toString()))
        .trackDirtyPages(true)
        .resumeVm(resume)
        .build();
  }
}
