package dev.knaller.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** micro_http's parser rules, one read at a time. */
class RequestParserTest {
  private final RequestParser parser = new RequestParser(51_200, true);

  private List<ParseEvent> feed(String bytes) {
    byte[] data = bytes.getBytes(StandardCharsets.UTF_8);
    return parser.feed(data, 0, data.length);
  }

  private static String failure(List<ParseEvent> events) {
    assertThat(events).last().isInstanceOf(ParseEvent.Failure.class);
    return ((ParseEvent.Failure) events.getLast()).message();
  }

  @Test
  void pipelinedRequestsInOneReadAreAllParsed() {
    var events = feed("GET / HTTP/1.1\r\n\r\nGET /version HTTP/1.1\r\n\r\n");
    assertThat(events).hasSize(2).allMatch(ParseEvent.Request.class::isInstance);
  }

  @Test
  void aStrayCrlfInTheSameReadDropsTheRequestBeforeIt() {
    var events = feed("PUT /vm HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}\r\n");
    assertThat(events).hasSize(1);
    assertThat(failure(events)).isEqualTo("Invalid request.");
  }

  @Test
  void aStrayCrlfInALaterReadOnlyAddsAnError() {
    assertThat(feed("PUT /vm HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}")).hasSize(1);
    assertThat(failure(feed("\r\n"))).isEqualTo("Invalid request.");
  }

  @Test
  void bareLfNeverEndsALine() {
    assertThat(feed("GET / HTTP/1.1\n\n")).isEmpty();
  }

  @Test
  void aRequestLineMustFitTheBufferWithItsCrlf() {
    String path = "/" + "a".repeat(1024 - "GET  HTTP/1.1\r\n".length() - 1);
    var fits = feed("GET " + path + " HTTP/1.1\r\n\r\n");
    assertThat(fits).singleElement().isInstanceOf(ParseEvent.Request.class);
    var tooLong = new RequestParser(51_200, true);
    byte[] line = ("GET " + path + "a HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(failure(tooLong.feed(line, 0, line.length))).isEqualTo("Invalid request.");
  }

  @Test
  void methodsAreCaseSensitiveAndDeleteDependsOnTheProfile() {
    assertThat(failure(feed("get / HTTP/1.1\r\n")))
        .isEqualTo("Invalid HTTP Method: Unsupported HTTP method.");
    var old = new RequestParser(51_200, false);
    byte[] delete = "DELETE /drives/a HTTP/1.1\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(failure(old.feed(delete, 0, delete.length)))
        .isEqualTo("Invalid HTTP Method: Unsupported HTTP method.");
  }

  @Test
  void versionAndUriAreChecked() {
    assertThat(failure(feed("GET / HTTP/2.0\r\n")))
        .isEqualTo("Invalid HTTP Version: Unsupported HTTP version.");
    assertThat(
            failure(
                new RequestParser(10, true)
                    .feed("GET  HTTP/1.1\r\n".getBytes(StandardCharsets.UTF_8), 0, 15)))
        .isEqualTo("Invalid URI: Empty URI not allowed.");
    assertThat(
            failure(
                new RequestParser(10, true)
                    .feed("GET /\r\n".getBytes(StandardCharsets.UTF_8), 0, 7)))
        .isEqualTo("Invalid request.");
  }

  @Test
  void absoluteUrisLoseSchemeAndHost() {
    var events = feed("GET http://localhost/version HTTP/1.1\r\n\r\n");
    assertThat(((ParseEvent.Request) events.getFirst()).request().path()).isEqualTo("/version");
  }

  @Test
  void badContentLengthKeepsTheRawValue() {
    assertThat(failure(feed("PUT /x HTTP/1.1\r\nContent-Length: abc\r\n")))
        .isEqualTo("Invalid header. Reason: Invalid value. Key:Content-Length; Value: abc");
  }

  @Test
  void headerWithoutColonIsIncorrectlyFormatted() {
    assertThat(failure(feed("GET / HTTP/1.1\r\nNoColon\r\n")))
        .isEqualTo("Invalid header. Reason: Header is incorrectly formatted. Key: NoColon");
  }

  @Test
  void payloadLimitIsCheckedBeforeTheBodyAndPoisonsTheConnection() {
    var small = new RequestParser(250, true);
    byte[] head =
        "PUT /mmds HTTP/1.1\r\nContent-Length: 260\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(failure(small.feed(head, 0, head.length)))
        .isEqualTo(
            "Request payload with size 260 is larger than the limit of 250 allowed by server.");
    byte[] next = "GET / HTTP/1.1\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(failure(small.feed(next, 0, next.length))).startsWith("Invalid header.");
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() {
    var small = new RequestParser(2, true);
    byte[] bytes =
        "PUT /vm HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.UTF_8);
    assertThat(small.feed(bytes, 0, bytes.length))
        .singleElement()
        .isInstanceOf(ParseEvent.Request.class);
  }

  @Test
  void expectContinueIsAnsweredOnlyWhenABodyFollows() {
    var events = feed("PUT /vm HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    assertThat(events).singleElement().isEqualTo(new ParseEvent.Continue("HTTP/1.0"));
    assertThat(feed("{}")).singleElement().isInstanceOf(ParseEvent.Request.class);
    assertThat(feed("GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n"))
        .singleElement()
        .isInstanceOf(ParseEvent.Request.class);
  }

  @Test
  void chunkedWithoutContentLengthMeansNoBody() {
    var events = feed("PUT /vm HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    assertThat(((ParseEvent.Request) events.getFirst()).request().hasBody()).isFalse();
  }

  @Test
  void refusingIdentityEncodingIsAnError() {
    assertThat(failure(feed("GET / HTTP/1.1\r\nAccept-Encoding: gzip, identity;q=0\r\n")))
        .isEqualTo(
            "Invalid header. Reason: Invalid value. Key:Accept-Encoding; Value:identity;q=0");
  }
}
