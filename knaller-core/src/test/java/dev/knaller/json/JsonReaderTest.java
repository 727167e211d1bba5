package dev.knaller.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
  @Test
  void parsesNestedValuesKeepingKeyOrder() {
    Object tree = JsonReader.parse(" {\"z\": [1, -2.5e1, \"s\", null], \"a\": {\"t\": true}} ");

    assertThat(tree).isInstanceOf(Map.class);
    Map<?, ?> object = (Map<?, ?>) tree;
    assertThat(List.copyOf(object.keySet())).isEqualTo(List.of("z", "a"));
    assertThat(object.get("z")).isEqualTo(Arrays.asList(1L, -25.0, "s", null));
    assertThat(object.get("a")).isEqualTo(Map.of("t", true));
  }

  @Test
  void readsIntegersBeyondLongAsBigInteger() {
    assertThat(JsonReader.parse("18446744073709551616"))
        .isEqualTo(new BigInteger("18446744073709551616"));
    assertThat(JsonReader.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void decodesEscapesIncludingSurrogatePairs() {
    assertThat(JsonReader.parse("\"\\u00fc\\ud83d\\udd25\\/\\n\"")).isEqualTo("ü🔥/\n");
  }

  @Test
  void parsesEmptyContainers() {
    assertThat(JsonReader.parse("[]")).isEqualTo(List.of());
    assertThat(JsonReader.parse("{}")).isEqualTo(Map.of());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "{\"a\":1,}",
        "[1 2]",
        "01",
        "1.",
        "\"unterminated",
        "tru",
        "{\"a\":1} x",
        "{ \"error\": \"Invalid request.\nAll previous\" }",
        "{a:1}"
      })
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> JsonReader.parse(text))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("at offset");
  }

  @Test
  void boundsNestingDepth() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    assertThatThrownBy(() -> JsonReader.parse(deep))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("nesting deeper than");
  }
}
