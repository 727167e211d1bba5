package dev.knaller.firecracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseParserTest {
  @Test
  void readsA204WithTrailingSpaceAndNoContentLength() throws HttpProtocolException {
    HttpResponse response = parse("HTTP/1.1 204 \r\nServer: Firecracker API\r\n\r\n");

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(response.header("SERVER")).contains("Firecracker API");
  }

  @Test
  void readsTheTooManyConnectionsReplyWithNeitherSpaceNorReason() throws HttpProtocolException {
    String body = "{ \"error\": \"Too many open connections\" }";

    HttpResponse response =
        parse("HTTP/1.1 503\r\nConnection: close\r\nContent-Length: 40\r\n\r\n" + body);

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.body()).isEqualTo(body);
  }

  @Test
  void countsContentLengthInBytesNotCharacters() throws HttpProtocolException {
    HttpResponse response = parse("HTTP/1.1 200 \r\nContent-Length: 4\r\n\r\n\"ü\"");

    assertThat(response.body()).isEqualTo("\"ü\"");
  }

  @Test
  void waitsForTheWholeBodyAndNoticesExtraBytes() throws HttpProtocolException {
    ResponseParser parser = new ResponseParser();
    feed(parser, "HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\n{");
    assertThat(parser.tryParse()).isNull();

    feed(parser, "}HTTP");

    assertThat(parser.tryParse().body()).isEqualTo("{}");
    assertThat(parser.hasLeftover()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTP/1.1 200 \r\n\r\n",
        "HTTP/1.1 200 \r\nContent-Length: -1\r\n\r\n",
        "HTTP/1.1 200 \r\nContent-Length: 1x\r\n\r\n",
        "HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n",
        "HTTP/1.1 2000\r\n\r\n",
        "HTTP/1.1 20a \r\n\r\n",
        "ICY 200 OK\r\n\r\n",
        "HTTP/1.1 200 \r\nno colon here\r\n\r\n"
      })
  void rejectsWhatCannotBeFramed(String head) {
    assertThatThrownBy(() -> parse(head)).isInstanceOf(HttpProtocolException.class);
  }

  private static HttpResponse parse(String text) throws HttpProtocolException {
    ResponseParser parser = new ResponseParser();
    feed(parser, text);
    return parser.tryParse();
  }

  private static void feed(ResponseParser parser, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer space = parser.freeSpace();
    space.put(bytes);
    parser.advance(bytes.length);
  }
}
