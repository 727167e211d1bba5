package dev.knaller.firecracker;

/**
 * A client method with the request it must put on the wire.
 *
 * @param body the exact JSON body, or null for none
 * @param answer what a fake Firecracker answers on success (null: 204)
 */
record EndpointCase(
    String name, ClientCall call, String method, String path, String body, String answer) {
  @Override
  public String toString() {
    return name;
  }
}
