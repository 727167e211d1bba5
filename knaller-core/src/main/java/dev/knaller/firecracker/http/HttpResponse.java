package dev.knaller.firecracker.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP response, framed by its Content-Length.
 *
 * @param status the three-digit status code
 * @param headers header values by lower-case name (the last one wins if a name repeats)
 * @param body the body decoded as UTF-8; empty for 204 and for {@code Content-Length: 0}
 */
public record HttpResponse(int status, Map<String, String> headers, String body) {
  /** Copies the headers so the response is immutable. */
  public HttpResponse {
    headers = Map.copyOf(headers);
  }

  /** Returns the value of the header {@code name} (any case), if present. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** True for 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
