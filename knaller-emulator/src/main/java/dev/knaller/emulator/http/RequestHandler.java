package dev.knaller.emulator.http;

/** Executes one parsed request; called on the server thread, one request at a time. */
@FunctionalInterface
public interface RequestHandler {
  HttpResponse handle(HttpRequest request);
}
