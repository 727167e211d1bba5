package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpRequest;
import dev.knaller.emulator.http.HttpResponse;
import dev.knaller.emulator.http.RequestHandler;
import dev.knaller.emulator.serde.JsonWriter;
import java.util.Map;
import java.util.Optional;

/**
 * Firecracker's {@code ParsedRequest::try_from}: matches (method, first token, body present) in its
 * order of precedence, then runs the endpoint. Faults become {@code {"fault_message"}} 400s.
 */
public final class Router implements RequestHandler {
  private final Routes routes;

  Router(Routes routes) {
    this.routes = routes;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    ApiCall call = ApiCall.of(request);
    try {
      return route(call).handle(call).withDeprecation(call.deprecated());
    } catch (Fault fault) {
      return faultResponse(fault).withDeprecation(call.deprecated());
    } catch (RuntimeException bug) {
      // An emulator bug must show, not hang the single API thread.
      bug.printStackTrace();
      return faultResponse(new Fault(500, "knaller-emulator internal error: " + bug));
    }
  }

  static HttpResponse faultResponse(Fault fault) {
    String body = JsonWriter.write(Map.of("fault_message", fault.getMessage()));
    return new HttpResponse(fault.status(), body, false);
  }

  private Endpoint route(ApiCall call) throws Fault {
    String method = call.method();
    Optional<Endpoint> endpoint = routes.find(method, call.first());
    boolean bodyOk =
        switch (method) {
          case "GET", "DELETE" -> !call.hasBody();
          default -> call.hasBody() || routes.bodyOptional(method, call.first());
        };
    if (endpoint.isPresent() && bodyOk) {
      return endpoint.get();
    }
    throw mismatch(call);
  }

  private static Fault mismatch(ApiCall call) {
    return switch (call.method()) {
      case "GET" -> call.hasBody() ? new Fault("GET request cannot have a body.") : invalid(call);
      case "PUT" -> call.hasBody() ? invalid(call) : new Fault("Empty PUT request.");
      case "PATCH" -> call.hasBody() ? invalid(call) : new Fault("Empty PATCH request.");
      // Firecracker's quirk: this is the message for a DELETE that has a body.
      default -> call.hasBody() ? new Fault("Empty Delete request.") : invalid(call);
    };
  }

  private static Fault invalid(ApiCall call) {
    return Fault.invalidPath(call.method(), call.first());
  }
}
