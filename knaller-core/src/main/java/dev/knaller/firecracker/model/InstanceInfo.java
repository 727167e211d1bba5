package dev.knaller.firecracker.model;

/**
 * What {@code GET /} reports about the instance. Required: {@code app_name}, {@code id}, {@code
 * state}, {@code vmm_version}.
 */
public record InstanceInfo(String appName, String id, InstanceState state, String vmmVersion) {
  /** Checks the fields the API requires. */
  public InstanceInfo {
    Required.check(appName, "InstanceInfo", "app_name");
    Required.check(id, "InstanceInfo", "id");
    Required.check(state, "InstanceInfo", "state");
    Required.check(vmmVersion, "InstanceInfo", "vmm_version");
  }
}
