package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.emulator.backend.CtrlAltDelBehaviour;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KNALLER_EMULATOR_* environment knobs (DESIGN.md's table). */
class KnobsTest {

  @Test
  void defaultsMatchTheDesignTable() {
    Knobs knobs = Knobs.from(Map.of());
    assertThat(knobs.profile()).isEqualTo(Profile.V1_16_1);
    assertThat(knobs.backend()).isEqualTo("simulated");
    assertThat(knobs.ctrlAltDel()).isEqualTo(CtrlAltDelBehaviour.EXIT);
    assertThat(knobs.ctrlAltDelDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(knobs.latency().delays()).isEmpty();
    assertThat(knobs.crashExit()).isEmpty();
    assertThat(knobs.tapCheck()).isFalse();
  }

  @Test
  void latencyListsOperationsAndMillis() {
    Knobs knobs = Knobs.from(Map.of("KNALLER_EMULATOR_LATENCY_MS", "InstanceStart=500,Pause=100"));
    assertThat(knobs.latency().delays())
        .containsEntry(Latency.Operation.InstanceStart, Duration.ofMillis(500))
        .containsEntry(Latency.Operation.Pause, Duration.ofMillis(100));
  }

  @Test
  void badValuesNameTheVariableAndTheAcceptedValues() {
    assertThatThrownBy(() -> Knobs.from(Map.of("KNALLER_EMULATOR_VERSION", "1.12.0")))
        .hasMessage(
            "KNALLER_EMULATOR_VERSION='1.12.0' is not valid; set it to one of 1.7.0, 1.10.1,"
                + " 1.13.1, 1.16.1 or unset it");
    assertThatThrownBy(() -> Knobs.from(Map.of("KNALLER_EMULATOR_LATENCY_MS", "Boot=5")))
        .hasMessageStartingWith("KNALLER_EMULATOR_LATENCY_MS='Boot=5' is not valid");
    assertThatThrownBy(() -> Knobs.from(Map.of("KNALLER_EMULATOR_CRASH_EXIT", "300")))
        .hasMessageContaining("an exit code from 0 to 255");
  }

  @Test
  void anUnknownBackendIsRefusedWithTheChoices() throws Exception {
    try (var emulator =
        InProcessEmulator.start(
            List.of("--api-sock", "/nonexistent-dir/x.sock"),
            Map.of("KNALLER_EMULATOR_BACKEND", "bochs"))) {
      assertThat(emulator.awaitExit(Duration.ofSeconds(10))).contains(1);
      assertThat(emulator.output()).contains("unknown backend 'bochs'; use simulated or qemu");
    }
  }
}
