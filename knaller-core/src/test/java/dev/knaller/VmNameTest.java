package dev.knaller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VmNameTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "0",
        "web",
        "web-1",
        "web-server-2",
        "a-b-c",
        "x1234567890123456789012345678901"
      })
  void acceptsNamesThatMatchTheRule(String name) {
    assertThat(VmName.problem(name)).isEmpty();
    assertThat(new VmName(name).value()).isEqualTo(name);
  }

  // B17's trigger inputs, B16's non-ASCII and separator names, and the edges of the rule.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "..",
        "../../.ssh/x",
        "a/b",
        "-rf",
        "my vm",
        "ÜÜ",
        "UPPER",
        "a:b",
        "a.b",
        "a_b",
        "a-",
        "-a",
        "ÜÜÜÜÜÜÜÜ",
        "日本語のテスト",
        "tab\there",
        "new\nline",
        "x12345678901234567890123456789012"
      })
  void rejectsNamesOutsideTheRuleQuotingTheRule(String name) {
    assertThat(VmName.problem(name))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .contains(VmName.RULE)
                    .contains("for example \"web-1\"")
                    .doesNotContain("\n"));
    assertThatThrownBy(() -> new VmName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(VmName.RULE);
  }

  @Test
  void rejectsATwoHundredCharacterNameSayingHowLongItIs() {
    String name = "x".repeat(200);

    assertThat(VmName.problem(name))
        .hasValueSatisfying(m -> assertThat(m).contains("200 characters", "at most 32"));
  }

  @Test
  void namesTheOffendingCharacter() {
    assertThat(VmName.problem("web/1"))
        .hasValueSatisfying(m -> assertThat(m).contains("'/' at position 4"));
    assertThat(VmName.problem("Web")).hasValueSatisfying(m -> assertThat(m).contains("upper case"));
    assertThat(VmName.problem("-rf"))
        .hasValueSatisfying(m -> assertThat(m).contains("not a hyphen"));
    assertThat(VmName.problem("")).hasValueSatisfying(m -> assertThat(m).contains("it is empty"));
  }

  @Test
  void randomNamesMatchTheRuleAndDiffer() {
    Random random = new Random(42);
    Set<VmName> names = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      VmName name = VmName.random(random);
      assertThat(name.value()).matches("vm-[0-9a-z]{6}").matches(VmName.RULE);
      names.add(name);
    }
    assertThat(names).hasSize(200);
    assertThat(VmName.random().value()).matches(VmName.RULE);
  }
}
