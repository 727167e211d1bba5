package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpRequest;
import dev.knaller.emulator.serde.Deserializer;
import dev.knaller.emulator.serde.SerdeException;
import dev.knaller.emulator.serde.StructShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One routed request: its path tokens and body, plus whether the answer is deprecated. */
final class ApiCall {
  private static final String SERDE_WRAPPER =
      "An error occurred when deserializing the json body of a request: ";
  private final String method;
  private final List<String> tokens;
  private final byte[] body;
  private boolean deprecated;

  private ApiCall(String method, List<String> tokens, byte[] body) {
    this.method = method;
    this.tokens = tokens;
    this.body = body;
  }

  static ApiCall of(HttpRequest request) {
    return new ApiCall(request.method(), tokens(request.path()), request.body().orElse(null));
  }

  /** Firecracker trims leading slashes and splits with {@code split_terminator('/')}. */
  static List<String> tokens(String path) {
    String trimmed = path.replaceFirst("^/+", "");
    List<String> tokens = new ArrayList<>(List.of(trimmed.split("/", -1)));
    if (tokens.getLast().isEmpty()) {
      tokens.removeLast();
    }
    if (tokens.isEmpty()) {
      tokens.add("");
    }
    return tokens;
  }

  String method() {
    return method;
  }

  String first() {
    return tokens.getFirst();
  }

  /** The token after the endpoint name ({@code /drives/<id>}), if any. */
  Optional<String> second() {
    return tokens.size() > 1 ? Optional.of(tokens.get(1)) : Optional.empty();
  }

  Optional<String> third() {
    return tokens.size() > 2 ? Optional.of(tokens.get(2)) : Optional.empty();
  }

  boolean hasBody() {
    return body != null;
  }

  byte[] body() {
    return body.clone();
  }

  Map<String, Object> parse(StructShape shape) throws Fault {
    try {
      return Deserializer.struct(body, shape);
    } catch (SerdeException e) {
      throw serdeFault(e.serdeMessage());
    }
  }

  Object parseAny() throws Fault {
    try {
      return Deserializer.any(body);
    } catch (SerdeException e) {
      throw serdeFault(e.serdeMessage());
    }
  }

  /** Firecracker wraps every serde failure and appends a final period. */
  static Fault serdeFault(String serdeMessage) {
    return new Fault(SERDE_WRAPPER + serdeMessage + ".");
  }

  void deprecate() {
    deprecated = true;
  }

  boolean deprecated() {
    return deprecated;
  }
}
