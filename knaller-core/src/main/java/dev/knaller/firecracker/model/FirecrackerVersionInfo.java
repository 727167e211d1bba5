package dev.knaller.firecracker.model;

/**
 * The swagger {@code FirecrackerVersion} definition ({@code GET /version}), e.g. {@code 1.16.1}.
 * Required: {@code firecracker_version}.
 */
public record FirecrackerVersionInfo(String firecrackerVersion) {
  /** Checks the fields the API requires. */
  public FirecrackerVersionInfo {
    Required.check(firecrackerVersion, "FirecrackerVersionInfo", "firecracker_version");
  }
}
