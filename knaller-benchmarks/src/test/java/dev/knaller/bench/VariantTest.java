package dev.knaller.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantTest {
  @Test
  void leadingAssignmentsGoToTheEnvironment() {
    Variant variant =
        Variant.parse("list=XDG_DATA_HOME=/tmp/d java -XX:Flag=1 -cp a.jar Main list");

    assertThat(variant.name()).isEqualTo("list");
    assertThat(variant.environment()).isEqualTo(Map.of("XDG_DATA_HOME", "/tmp/d"));
    assertThat(variant.argv())
        .containsExactly("java", "-XX:Flag=1", "-cp", "a.jar", "Main", "list");
  }

  @Test
  void assignmentsAfterTheProgramStayArguments() {
    Variant variant = Variant.parse("x=java Main A=B");

    assertThat(variant.environment()).isEmpty();
    assertThat(variant.argv()).isEqualTo(List.of("java", "Main", "A=B"));
  }

  @Test
  void aSpecWithoutANameIsRefusedWithTheExpectedForm() {
    assertThatThrownBy(() -> Variant.parse("java Main"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name=command");
  }
}
