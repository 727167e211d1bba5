package dev.knaller.emulator.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The endpoint table: (method, first path token) to handler. */
final class Routes {
  private final Map<String, Endpoint> endpoints = new HashMap<>();
  private final Set<String> bodyOptional = new HashSet<>();

  void add(String method, String token, Endpoint endpoint) {
    endpoints.put(method + " " + token, endpoint);
  }

  /** PATCH /balloon/hinting/* is the one endpoint that takes a missing body. */
  void addBodyOptional(String method, String token, Endpoint endpoint) {
    add(method, token, endpoint);
    bodyOptional.add(method + " " + token);
  }

  Optional<Endpoint> find(String method, String token) {
    return Optional.ofNullable(endpoints.get(method + " " + token));
  }

  boolean bodyOptional(String method, String token) {
    return bodyOptional.contains(method + " " + token);
  }
}
