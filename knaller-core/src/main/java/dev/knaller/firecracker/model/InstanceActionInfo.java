package dev.knaller.firecracker.model;

/** The body of {@code PUT /actions}. Required: {@code action_type}. */
public record InstanceActionInfo(ActionType actionType) {
  /** Checks the fields the API requires. */
  public InstanceActionInfo {
    Required.check(actionType, "InstanceActionInfo", "action_type");
  }
}
