package dev.knaller.firecracker;

import dev.knaller.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link FakeFirecrackerServer} sends back: bytes in one or more writes, with optional pauses,
 * then optionally a close, or nothing at all.
 */
record FakeReply(List<byte[]> chunks, Duration pause, boolean closeAfter, boolean silent) {
  private static final String HEAD = "Server: Firecracker API\r\nConnection: keep-alive\r\n";

  /** {@code HTTP/1.1 204 } exactly as micro_http writes it: no reason, no Content-Length. */
  static FakeReply noContent() {
    return raw("HTTP/1.1 204 \r\n" + HEAD + "\r\n");
  }

  /** A JSON answer framed like Firecracker's, Content-Length counting UTF-8 bytes. */
  static FakeReply json(int status, String body) {
    int length = body.getBytes(StandardCharsets.UTF_8).length;
    return raw(
        "HTTP/1.1 "
            + status
            + " \r\n"
            + HEAD
            + "Content-Type: application/json\r\n"
            + "Content-Length: "
            + length
            + "\r\n\r\n"
            + body);
  }

  /** A 400 API fault with {@code message} as its {@code fault_message}. */
  static FakeReply fault(String message) {
    return json(400, JsonWriter.write(Map.of("fault_message", message)));
  }

  /** micro_http's transport-level error: a raw newline inside the string, so not JSON. */
  static FakeReply transportError(String message) {
    return json(
        400,
        "{ \"error\": \""
            + message
            + "\nAll previous unanswered requests will be"
            + " dropped.\" }");
  }

  /** These exact bytes in one write. */
  static FakeReply raw(String bytes) {
    return new FakeReply(
        List.of(bytes.getBytes(StandardCharsets.UTF_8)), Duration.ZERO, false, false);
  }

  /** No answer at all; the connection stays open. */
  static FakeReply silence() {
    return new FakeReply(List.of(), Duration.ZERO, false, true);
  }

  /** The same bytes cut into writes of at most {@code size} bytes, {@code pause} apart. */
  FakeReply inPieces(int size, Duration pauseBetween) {
    byte[] all = joined();
    List<byte[]> pieces = new ArrayList<>();
    for (int start = 0; start < all.length; start += size) {
      pieces.add(java.util.Arrays.copyOfRange(all, start, Math.min(all.length, start + size)));
    }
    return new FakeReply(pieces, pauseBetween, closeAfter, silent);
  }

  /** Only the first {@code count} bytes, then the connection closes: a server dying mid-answer. */
  FakeReply truncatedThenClosed(int count) {
    byte[] all = joined();
    return new FakeReply(List.of(java.util.Arrays.copyOf(all, count)), pause, true, silent);
  }

  /** The total number of bytes. */
  int length() {
    return joined().length;
  }

  private byte[] joined() {
    return String.join("", chunks.stream().map(c -> new String(c, StandardCharsets.UTF_8)).toList())
        .getBytes(StandardCharsets.UTF_8);
  }
}
