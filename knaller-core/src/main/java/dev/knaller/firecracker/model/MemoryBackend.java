package dev.knaller.firecracker.model;

/**
 * Where {@code PUT /snapshot/load} reads guest memory from. Required: {@code backend_type}, {@code
 * backend_path}.
 */
public record MemoryBackend(MemoryBackendType backendType, String backendPath) {
  /** Checks the fields the API requires. */
  public MemoryBackend {
    Required.check(backendType, "MemoryBackend", "backend_type");
    Required.check(backendPath, "MemoryBackend", "backend_path");
  }

  /** Returns a backend that loads guest memory from the file {@code path}. */
  public static MemoryBackend file(String path) {
    return new MemoryBackend(MemoryBackendType.FILE, path);
  }
}
