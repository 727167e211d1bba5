package dev.knaller.firecracker.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Collects response bytes as they arrive and cuts one response out of them.
 *
 * <p>The end of a response is known only from its Content-Length: micro_http never closes a
 * connection, so reading to EOF would hang. A 204 carries no Content-Length and no body.
 */
final class ResponseParser {
  private static final int MAX_HEAD_BYTES = 16 * 1024;
  private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private byte[] data = new byte[8192];
  private int length;
  private int headEnd = -1;
  private ResponseHead head;
  private HttpResponse response;

  /** A buffer over the free space, for the channel to read into. */
  ByteBuffer freeSpace() {
    if (length == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    return ByteBuffer.wrap(data, length, data.length - length);
  }

  /** Records that {@code count} bytes were read into the last {@link #freeSpace()}. */
  void advance(int count) {
    length += count;
  }

  /** Bytes received so far. */
  int received() {
    return length;
  }

  /** Returns the response once it is complete, else null. */
  HttpResponse tryParse() throws HttpProtocolException {
    if (response != null) {
      return response;
    }
    if (head == null && !parseHead()) {
      return null;
    }
    if (length < headEnd + head.contentLength()) {
      return null;
    }
    String body = new String(data, headEnd, head.contentLength(), StandardCharsets.UTF_8);
    response = new HttpResponse(head.status(), head.headers(), body);
    return response;
  }

  /** True when bytes beyond the parsed response arrived: the connection is out of step. */
  boolean hasLeftover() {
    return head != null && length > headEnd + head.contentLength();
  }

  private boolean parseHead() throws HttpProtocolException {
    int end = indexOfBlankLine();
    if (end < 0) {
      if (length > MAX_HEAD_BYTES) {
        throw new HttpProtocolException("response head exceeds " + MAX_HEAD_BYTES + " bytes");
      }
      return false;
    }
    headEnd = end + 4;
    head = ResponseHead.parse(new String(data, 0, end, StandardCharsets.ISO_8859_1));
    if (head.contentLength() > MAX_BODY_BYTES) {
      throw new HttpProtocolException(
          "response body of " + head.contentLength() + " bytes exceeds " + MAX_BODY_BYTES);
    }
    return true;
  }

  private int indexOfBlankLine() {
    for (int i = 0; i + 3 < length; i++) {
      if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The status line and headers of a response. */
  private record ResponseHead(int status, Map<String, String> headers, int contentLength) {
    static ResponseHead parse(String text) throws HttpProtocolException {
      String[] lines = text.split("\r\n", -1);
      int status = StatusLine.parse(lines[0]);
      Map<String, String> headers = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        putHeader(headers, lines[i]);
      }
      return new ResponseHead(status, headers, contentLength(status, headers));
    }

    private static void putHeader(Map<String, String> headers, String line)
        throws HttpProtocolException {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new HttpProtocolException("malformed response header line: " + line);
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.put(name, line.substring(colon + 1).strip());
    }

    private static int contentLength(int status, Map<String, String> headers)
        throws HttpProtocolException {
      if (headers.containsKey("transfer-encoding")) {
        throw new HttpProtocolException("chunked or encoded responses are not supported");
      }
      String value = headers.get("content-length");
      if (value == null) {
        if (status == 204 || status == 304 || status < 200) {
          return 0;
        }
        throw new HttpProtocolException("response " + status + " has no Content-Length");
      }
      return parseLength(value);
    }

    private static int parseLength(String value) throws HttpProtocolException {
      if (value.isEmpty() || value.length() > 10 || !StatusLine.isDigits(value)) {
        throw new HttpProtocolException("invalid Content-Length: " + value);
      }
      long parsed = Long.parseLong(value);
      if (parsed > Integer.MAX_VALUE) {
        throw new HttpProtocolException("Content-Length too large: " + value);
      }
      return (int) parsed;
    }
  }
}
