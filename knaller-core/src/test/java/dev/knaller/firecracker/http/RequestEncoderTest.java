package dev.knaller.firecracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestEncoderTest {
  @Test
  void encodesAPutWithItsUtf8ByteCount() {
    assertThat(encode("PUT", "/mmds", "{\"k\":\"ü\"}"))
        .isEqualTo(
            "PUT /mmds HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10\r\n\r\n{\"k\":\"ü\"}");
  }

  @Test
  void encodesAGetWithContentLengthZeroAndNoContentType() {
    assertThat(encode("GET", "/", null))
        .isEqualTo(
            String.join(
                "\r\n",
                "GET / HTTP/1.1",
                "Host: localhost",
                "Accept: application/json",
                "Content-Length: 0",
                "",
                ""));
  }

  @Test
  void acceptsARequestLineOfExactly1024Bytes() {
    String path = "/drives/" + "a".repeat(1001);

    assertThat(encode("PUT", path, "{}")).startsWith("PUT " + path + " HTTP/1.1\r\n");
  }

  @Test
  void refusesARequestLineOverFirecrackersBuffer() {
    String path = "/drives/" + "a".repeat(1002);

    assertThatThrownBy(() -> RequestEncoder.encode("PUT", path, "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds Firecracker's limit of 1024 bytes");
  }

  @Test
  void refusesPathsWithSpacesOrLineBreaks() {
    assertThatThrownBy(() -> RequestEncoder.encode("GET", "/a b", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestEncoder.encode("GET", "/a\r\nX: y", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String encode(String method, String path, String body) {
    StringBuilder out = new StringBuilder();
    for (ByteBuffer buffer : RequestEncoder.encode(method, path, body)) {
      out.append(StandardCharsets.UTF_8.decode(buffer));
    }
    return out.toString();
  }
}
