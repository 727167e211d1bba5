package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.json.JsonReader;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract test's validator finds each kind of violation it claims to check. */
class SchemaValidatorTest {
  private SwaggerSpec spec;

  @BeforeEach
  void load() throws IOException {
    spec = SwaggerSpec.load();
  }

  @Test
  void acceptsAValidDrive() {
    assertThat(errors("Drive", "{\"drive_id\":\"a\",\"is_root_device\":true}")).isEmpty();
  }

  @Test
  void readsTheLoggerLevelOffAsAStringNotAYamlBoolean() {
    assertThat(errors("Logger", "{\"level\":\"Off\"}")).isEmpty();
  }

  @Test
  void findsAMissingRequiredProperty() {
    assertThat(errors("Drive", "{\"drive_id\":\"a\"}"))
        .containsExactly("$: required property is_root_device is missing");
  }

  @Test
  void findsAnUnknownProperty() {
    assertThat(errors("Vm", "{\"state\":\"Paused\",\"force\":true}"))
        .containsExactly("$.force: not a property of the schema");
  }

  @Test
  void findsAValueOutsideTheEnum() {
    assertThat(errors("Vm", "{\"state\":\"Stopped\"}"))
        .containsExactly("$.state: \"Stopped\" is not one of [Paused, Resumed]");
  }

  @Test
  void findsWrongTypesAndBoundsInNestedDefinitions() {
    String body =
        "{\"iface_id\":\"e\",\"host_dev_name\":\"t\",\"mtu\":67,"
            + "\"rx_rate_limiter\":{\"ops\":{\"size\":\"1\",\"refill_time\":1}}}";

    assertThat(errors("NetworkInterface", body))
        .containsExactly(
            "$.mtu: 67 is below the minimum 68",
            "$.rx_rate_limiter.ops.size: expected an integer, found 1");
  }

  private java.util.List<String> errors(String definition, String json) {
    return SchemaValidator.validate(spec, JsonReader.parse(json), spec.definition(definition));
  }
}
