package dev.knaller.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void writesCompactlyInMapOrder() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("b", 1L);
    tree.put("a", List.of(true, false, "x"));
    tree.put("n", null);

    assertThat(JsonWriter.write(tree)).isEqualTo("{\"b\":1,\"a\":[true,false,\"x\"],\"n\":null}");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(JsonWriter.write("a\"b\\c\n\r\t\b\f\u0001\u001f"))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\"");
  }

  @Test
  void keepsNonAsciiAsUtf8AndEscapesOnlyLoneSurrogates() {
    String text = "ümlaut 🔥 \ud800x";

    String json = JsonWriter.write(text);

    assertThat(json).isEqualTo("\"ümlaut 🔥 \\ud800x\"");
    assertThat(JsonReader.parse(json)).isEqualTo(text);
    assertThat(json.getBytes(StandardCharsets.UTF_8)).doesNotContain((byte) '?');
  }

  @Test
  void refusesNumbersJsonCannotHold() {
    assertThatThrownBy(() -> JsonWriter.write(Double.NaN)).isInstanceOf(JsonException.class);
    assertThatThrownBy(() -> JsonWriter.write(Map.of(1, 2)))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("keys must be strings");
  }

  @Test
  void refusesValuesThatAreNotTreeNodes() {
    assertThatThrownBy(() -> JsonWriter.write(Arrays.asList(new Object())))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("not a JSON tree value");
  }
}
