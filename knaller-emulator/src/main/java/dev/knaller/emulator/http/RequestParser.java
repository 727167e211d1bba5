package dev.knaller.emulator.http;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * micro_http's per-connection request parser, fed one read at a time.
 *
 * <p>Lines end only at CRLF and must fit micro_http's 1024-byte buffer, CRLF included. A body is
 * framed by Content-Length alone. When a read contains a parse error, every request already parsed
 * from that read is dropped and only the error is reported. After a header or payload-size error
 * the parser stays in the header state, so the connection is poisoned as in micro_http.
 */
public final class RequestParser {
  /** micro_http's {@code BUFFER_SIZE}: one read and one line never exceed it. */
  public static final int BUFFER_SIZE = 1024;

  private enum State {
    REQUEST_LINE,
    HEADERS,
    BODY
  }

  private final long payloadLimit;
  private final boolean deleteSupported;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private State state = State.REQUEST_LINE;
  private PendingRequest pending;

  public RequestParser(long payloadLimit, boolean deleteSupported) {
    this.payloadLimit = payloadLimit;
    this.deleteSupported = deleteSupported;
  }

  /** How many bytes the next read may take: what is left of the 1024-byte buffer. */
  public int readCapacity() {
    return state == State.BODY ? BUFFER_SIZE : BUFFER_SIZE - line.size();
  }

  /** Parses the bytes of one read. */
  public List<ParseEvent> feed(byte[] data, int offset, int length) {
    List<ParseEvent> events = new ArrayList<>();
    try {
      for (int i = offset; i < offset + length; ) {
        i = step(data, i, offset + length, events);
      }
    } catch (TransportException e) {
      line.reset();
      events.removeIf(ParseEvent.Request.class::isInstance);
      events.add(new ParseEvent.Failure(e.getMessage()));
    }
    return events;
  }

  private int step(byte[] data, int at, int end, List<ParseEvent> events)
      throws TransportException {
    if (state == State.BODY) {
      return bodyBytes(data, at, end, events);
    }
    line.write(data[at]);
    if (endsWithCrlf()) {
      lineComplete(events);
    } else if (line.size() >= BUFFER_SIZE) {
      throw overlongLine();
    }
    return at + 1;
  }

  private boolean endsWithCrlf() {
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    return n >= 2 && bytes[n - 2] == '\r' && bytes[n - 1] == '\n';
  }

  private TransportException overlongLine() {
    if (state == State.REQUEST_LINE) {
      return new TransportException("Invalid request.");
    }
    String dump = line.toString(java.nio.charset.StandardCharsets.UTF_8);
    return new TransportException(
        "Invalid header. Reason: Invalid content length. Header: " + dump);
  }

  private void lineComplete(List<ParseEvent> events) throws TransportException {
    byte[] bytes = line.toByteArray();
    line.reset();
    String text = new String(bytes, 0, bytes.length - 2, java.nio.charset.StandardCharsets.UTF_8);
    if (state == State.REQUEST_LINE) {
      pending = PendingRequest.fromRequestLine(text, deleteSupported);
      state = State.HEADERS;
    } else if (text.isEmpty()) {
      headersComplete(events);
    } else {
      pending.header(text);
    }
  }

  private void headersComplete(List<ParseEvent> events) throws TransportException {
    long length = pending.contentLength();
    if (length > payloadLimit) {
      throw new TransportException(
          "Request payload with size "
              + length
              + " is larger than the limit of "
              + payloadLimit
              + " allowed by server.");
    }
    if (length == 0) {
      complete(events);
      return;
    }
    if (pending.expectsContinue()) {
      events.add(new ParseEvent.Continue(pending.version()));
    }
    state = State.BODY;
  }

  private int bodyBytes(byte[] data, int at, int end, List<ParseEvent> events) {
    int take = (int) Math.min(end - at, pending.missingBodyBytes());
    pending.appendBody(data, at, take);
    if (pending.missingBodyBytes() == 0) {
      complete(events);
    }
    return at + take;
  }

  private void complete(List<ParseEvent> events) {
    events.add(new ParseEvent.Request(pending.toRequest()));
    pending = null;
    state = State.REQUEST_LINE;
  }
}
