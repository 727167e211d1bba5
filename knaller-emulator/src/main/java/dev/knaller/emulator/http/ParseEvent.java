package dev.knaller.emulator.http;

/** What the request parser produced from one read. */
public sealed interface ParseEvent {

  /** A complete request, to be executed. */
  record Request(HttpRequest request) implements ParseEvent {}

  /** Headers asked for {@code Expect: 100-continue} and a body follows. */
  record Continue(String version) implements ParseEvent {}

  /** A transport-level parse error; requests parsed from the same read are dropped. */
  record Failure(String message) implements ParseEvent {}
}
