package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;

/** Where snapshot memory is loaded from: a file, or a userfaultfd handler behind a Unix socket. */
public enum MemoryBackendType {
  @JsonName("File")
  FILE,
  @JsonName("Uffd")
  UFFD
}
