package dev.knaller.firecracker;

import java.util.Map;

/**
 * A request as {@link FakeFirecrackerServer} received it.
 *
 * @param headers header values by lower-case name
 * @param body the body bytes counted by Content-Length, decoded as UTF-8
 */
record RecordedRequest(
    String method, String path, String version, Map<String, String> headers, String body) {
  /** {@code METHOD path}, for readable assertions. */
  String line() {
    return method + " " + path;
  }
}
