package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;

/** The handler of one (method, first path token) pair. */
@FunctionalInterface
interface Endpoint {
  HttpResponse handle(ApiCall call) throws Fault;
}
