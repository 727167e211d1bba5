package dev.knaller.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.emulator.Profile;
import dev.knaller.emulator.serde.Deserializer;
import dev.knaller.emulator.serde.SerdeException;
import dev.knaller.emulator.serde.StructShape;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** serde_json's texts and positions for the request bodies (API-NOTES 2.4). */
class SerdeMessagesTest {

  private static String failure(StructShape shape, String body) {
    try {
      Deserializer.struct(body.getBytes(StandardCharsets.UTF_8), shape);
    } catch (SerdeException e) {
      return e.serdeMessage();
    }
    throw new AssertionError("accepted: " + body);
  }

  @Test
  void missingFieldIsReportedAtTheClosingBrace() {
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\"mem_size_mib\": 128}"))
        .isEqualTo("missing field `vcpu_count` at line 1 column 21");
  }

  @Test
  void missingFieldOnALaterLineCountsLinesAndColumns() {
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\n  \"vcpu_count\": 2\n}"))
        .isEqualTo("missing field `mem_size_mib` at line 3 column 1");
  }

  @Test
  void unknownFieldListsTheFieldsInDeclarationOrder() {
    String body = "{\"vcpu_count\": 1, \"mem_size_mib\": 128, \"foo\": 1}";
    int column = body.indexOf("\"foo\"") + 5;
    assertThat(failure(BodyShapes.MACHINE_CONFIG, body))
        .isEqualTo(
            "unknown field `foo`, expected one of `vcpu_count`, `mem_size_mib`, `smt`,"
                + " `cpu_template`, `track_dirty_pages`, `huge_pages` at line 1 column "
                + column);
  }

  @Test
  void unknownFieldWithOneOrTwoCandidatesUsesShortForms() {
    assertThat(failure(BodyShapes.VM, "{\"state\":\"Paused\",\"x\":1}"))
        .isEqualTo("unknown field `x`, expected `state` at line 1 column 21");
    assertThat(failure(BodyShapes.RATE_LIMITER, "{\"x\":1}"))
        .isEqualTo("unknown field `x`, expected `bandwidth` or `ops` at line 1 column 4");
  }

  @Test
  void unknownFieldPositionIncludesWhitespaceBeforeTheColon() {
    assertThat(failure(BodyShapes.VM, "{\"x\"  : 1}"))
        .isEqualTo("unknown field `x`, expected `state` at line 1 column 6");
  }

  @Test
  void stringWhereU8ExpectedIsAnInvalidType() {
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\"vcpu_count\": \"2\", \"mem_size_mib\": 1}"))
        .isEqualTo("invalid type: string \"2\", expected u8 at line 1 column 18");
  }

  @Test
  void outOfRangeIntegersAreInvalidValues() {
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\"vcpu_count\": 256, \"mem_size_mib\": 1}"))
        .isEqualTo("invalid value: integer `256`, expected u8 at line 1 column 18");
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\"vcpu_count\": -2, \"mem_size_mib\": 1}"))
        .isEqualTo("invalid value: integer `-2`, expected u8 at line 1 column 17");
  }

  @Test
  void floatsAndHugeNumbersAreFloatingPointInvalidTypes() {
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\"vcpu_count\": 1.5, \"mem_size_mib\": 1}"))
        .isEqualTo("invalid type: floating point `1.5`, expected u8 at line 1 column 18");
    assertThat(
            failure(
                BodyShapes.MACHINE_CONFIG,
                "{\"vcpu_count\": 1, \"mem_size_mib\": 18446744073709551616}"))
        .isEqualTo(
            "invalid type: floating point `1.8446744073709552e19`, expected usize at line 1"
                + " column 54");
  }

  @Test
  void nullForARequiredScalarIsAnInvalidType() {
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\"vcpu_count\": null, \"mem_size_mib\": 1}"))
        .isEqualTo("invalid type: null, expected u8 at line 1 column 19");
  }

  @Test
  void unknownVariantsUseTheEnumsDeclarationOrder() {
    assertThat(failure(BodyShapes.ACTION_BODY, "{\"action_type\": \"Foo\"}"))
        .isEqualTo(
            "unknown variant `Foo`, expected one of `FlushMetrics`, `InstanceStart`,"
                + " `SendCtrlAltDel` at line 1 column 21");
    assertThat(failure(BodyShapes.VM, "{\"state\": \"Stop\"}"))
        .isEqualTo("unknown variant `Stop`, expected `Paused` or `Resumed` at line 1 column 16");
    assertThat(
            failure(
                BodyShapes.MEM_BACKEND_CONFIG,
                "{\"backend_path\":\"/m\",\"backend_type\":\"foo\"}"))
        .startsWith("unknown variant `foo`, expected `File` or `Uffd` at line 1 column");
  }

  @Test
  void syntaxErrorsCarryPeekPositions() {
    assertThat(failure(BodyShapes.VM, "x")).isEqualTo("expected value at line 1 column 1");
    assertThat(failure(BodyShapes.VM, "{\"state\":\"Paused\""))
        .isEqualTo("EOF while parsing an object at line 1 column 17");
    assertThat(failure(BodyShapes.VM, "{\"state\":\"Paused\"} x"))
        .isEqualTo("trailing characters at line 1 column 20");
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "{\"vcpu_count\":1 \"mem_size_mib\":2}"))
        .isEqualTo("expected `,` or `}` at line 1 column 17");
    assertThat(failure(BodyShapes.VM, "{state: 1}"))
        .isEqualTo("key must be a string at line 1 column 2");
    assertThat(failure(BodyShapes.VM, "{\"state\":\"Paused\",}"))
        .isEqualTo("trailing comma at line 1 column 19");
  }

  @Test
  void duplicateFieldsAreRefused() {
    assertThat(failure(BodyShapes.VM, "{\"state\":\"Paused\",\"state\":\"Paused\"}"))
        .isEqualTo("duplicate field `state` at line 1 column 25");
  }

  @Test
  void metricsIgnoresUnknownFieldsButStillChecksTheirSyntax() throws SerdeException {
    var parsed =
        Deserializer.struct(
            "{\"metrics_path\":\"/m\",\"extra\":{\"a\":[1,2,null]}}"
                .getBytes(StandardCharsets.UTF_8),
            BodyShapes.METRICS);
    assertThat(parsed).containsEntry("metrics_path", "/m").doesNotContainKey("extra");
    assertThat(failure(BodyShapes.METRICS, "{\"metrics_path\":\"/m\",\"extra\":[1,}"))
        .isEqualTo("expected value at line 1 column 33");
  }

  @Test
  void snapshotLoadFieldsDependOnTheProfile() {
    String body = "{\"snapshot_path\":\"/s\",\"mem_file_path\":\"/m\",\"track_dirty_pages\":true}";
    assertThat(failure(BodyShapes.snapshotLoad(Profile.V1_10_1), body))
        .startsWith(
            "unknown field `track_dirty_pages`, expected one of `snapshot_path`, `mem_file_path`,"
                + " `mem_backend`, `enable_diff_snapshots`, `resume_vm`");
    assertThatThrownBy(
            () ->
                Deserializer.struct(
                    "{\"snapshot_path\":1}".getBytes(StandardCharsets.UTF_8),
                    BodyShapes.snapshotLoad(Profile.V1_16_1)))
        .hasMessage("invalid type: integer `1`, expected path string at line 1 column 18");
  }

  @Test
  void invalidMacIsReportedAfterTheStructIsRead() {
    assertThat(
            failure(
                BodyShapes.networkInterface(Profile.V1_16_1),
                "{\"iface_id\":\"eth0\",\"host_dev_name\":\"tap0\",\"guest_mac\":\"zz\"}"))
        .isEqualTo("The provided MAC address is not valid. at line 1 column 59");
  }

  @Test
  void aStructMayComeAsAnArrayOfItsFieldsInOrder() throws SerdeException {
    var parsed =
        Deserializer.struct("[2, 256]".getBytes(StandardCharsets.UTF_8), BodyShapes.MACHINE_CONFIG);
    assertThat(parsed).containsEntry("vcpu_count", 2L).containsEntry("mem_size_mib", 256L);
    assertThat(failure(BodyShapes.MACHINE_CONFIG, "[2]"))
        .isEqualTo(
            "invalid length 1, expected struct MachineConfig with 6 elements at line 1 column 3");
    assertThat(failure(BodyShapes.VM, "[\"Paused\", 1]"))
        .isEqualTo("trailing characters at line 1 column 12");
  }

  @Test
  void controlCharactersInsideStringsAreRefused() {
    assertThat(failure(BodyShapes.VM, "{\"state\":\"a\tb\"}"))
        .isEqualTo(
            "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 12");
  }
}
