package dev.knaller;

/** No VM of that name exists: no API socket for it under the data directory. */
public final class VmNotFoundException extends KnallerException {
  private static final long serialVersionUID = 1L;

  private final String vmName;

  public VmNotFoundException(String vmName, String socketPath) {
    super(
        "no vm named "
            + vmName
            + ": there is no API socket "
            + socketPath
            + "; run 'knaller list' to see the VMs that exist");
    this.vmName = vmName;
  }

  public String vmName() {
    return vmName;
  }
}
