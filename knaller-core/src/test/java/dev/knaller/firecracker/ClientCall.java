package dev.knaller.firecracker;

/** One call on a client, for table-driven tests. */
@FunctionalInterface
interface ClientCall {
  void call(FirecrackerClient client) throws FirecrackerException;
}
