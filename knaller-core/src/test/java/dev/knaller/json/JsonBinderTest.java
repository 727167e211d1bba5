package dev.knaller.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBinderTest {
  private static final Sample FULL =
      new Sample(
          2,
          1024L,
          true,
          "169.254.169.254",
          new Sample.Inner("/k", 0.5),
          List.of(new Sample.Inner("/d", null)),
          Sample.Level.TWO_MIB,
          Map.of("x", List.of(1L)));
  private static final String FULL_JSON =
      "{\"vcpu_count\":2,\"mem_size_mib\":1024,\"is_root_device\":true,"
          + "\"ipv4_address\":\"169.254.169.254\",\"boot-source\":{\"kernel_image_path\":\"/k\","
          + "\"ratio\":0.5},\"drives\":[{\"kernel_image_path\":\"/d\"}],\"level\":\"2M\","
          + "\"free_form\":{\"x\":[1]}}";

  @Test
  void writesSnakeCaseKeysAnnotatedNamesAndWireEnumsWithoutNulls() {
    assertThat(JsonBinder.toJson(FULL)).isEqualTo(FULL_JSON);
  }

  @Test
  void omitsEveryNullComponent() {
    Sample empty = new Sample(null, null, null, null, null, null, null, null);

    assertThat(JsonBinder.toJson(empty)).isEqualTo("{}");
  }

  @Test
  void readsBackWhatItWrites() {
    assertThat(JsonBinder.fromJson(FULL_JSON, Sample.class)).isEqualTo(FULL);
  }

  @Test
  void ignoresUnknownKeysAndLeavesAbsentOnesNull() {
    Sample sample = JsonBinder.fromJson("{\"vcpu_count\":1,\"added_in_2030\":[{}]}", Sample.class);

    assertThat(sample).isEqualTo(new Sample(1, null, null, null, null, null, null, null));
  }

  @Test
  void namesTheFieldAndTheAllowedValuesOfAnUnknownEnum() {
    assertThatThrownBy(() -> JsonBinder.fromJson("{\"level\":\"4M\"}", Sample.class))
        .isInstanceOf(JsonException.class)
        .hasMessage("$.level: unknown Level value \"4M\", expected one of [2M, NONE]");
  }

  @Test
  void namesTheFieldOfAWrongType() {
    assertThatThrownBy(() -> JsonBinder.fromJson("{\"drives\":[{\"ratio\":\"x\"}]}", Sample.class))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("$.drives[0].ratio must be a JSON number");
  }

  @Test
  void refusesFractionsAndOverflowForIntegerFields() {
    assertThatThrownBy(() -> JsonBinder.fromJson("{\"vcpu_count\":1.5}", Sample.class))
        .hasMessageContaining("$.vcpu_count must be an integer");
    assertThatThrownBy(() -> JsonBinder.fromJson("{\"vcpu_count\":4294967296}", Sample.class))
        .hasMessageContaining("outside");
  }

  record Kebab(String bootSource, Integer vcpuCount, @JsonName("odd_one") String other)
      implements KebabCaseKeys {}

  @Test
  void writesKebabCaseKeysForMarkedRecordsWhileJsonNameStillWins() {
    Kebab kebab = new Kebab("/k", 1, "x");

    assertThat(JsonBinder.toJson(kebab))
        .isEqualTo("{\"boot-source\":\"/k\",\"vcpu-count\":1,\"odd_one\":\"x\"}");
    assertThat(JsonBinder.fromJson(JsonBinder.toJson(kebab), Kebab.class)).isEqualTo(kebab);
  }

  @Test
  void convertsCamelCaseToSnakeCase() {
    assertThat(WireNames.snakeCase("statsPollingIntervalS")).isEqualTo("stats_polling_interval_s");
    assertThat(WireNames.snakeCase("ipv4Address")).isEqualTo("ipv4_address");
    assertThat(WireNames.snakeCase("partuuid")).isEqualTo("partuuid");
  }
}
