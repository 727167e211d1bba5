package dev.knaller.firecracker.model;

/** The body of {@code PATCH /vm}. Required: {@code state}. */
public record Vm(VmState state) {
  /** Checks the fields the API requires. */
  public Vm {
    Required.check(state, "Vm", "state");
  }
}
