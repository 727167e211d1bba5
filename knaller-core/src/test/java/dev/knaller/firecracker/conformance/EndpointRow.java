package dev.knaller.firecracker.conformance;

import dev.knaller.firecracker.FirecrackerClient;

/** One client method in the conformance table: how to call it, and its {@link Rule}. */
record EndpointRow(String name, Invocation invocation, Rule rule) {
  /** Calls the client method; returns its parsed result, or null for a void method. */
  @FunctionalInterface
  interface Invocation {
    Object invoke(FirecrackerClient client, HostFiles files) throws Exception;
  }

  /** A call with nothing to return. */
  @FunctionalInterface
  interface Action {
    void run(FirecrackerClient client, HostFiles files) throws Exception;
  }

  static EndpointRow query(String name, Invocation invocation, Rule rule) {
    return new EndpointRow(name, invocation, rule);
  }

  static EndpointRow action(String name, Action action, Rule rule) {
    return new EndpointRow(
        name,
        (client, files) -> {
          action.run(client, files);
          return null;
        },
        rule);
  }

  @Override
  public String toString() {
    return name;
  }
}
