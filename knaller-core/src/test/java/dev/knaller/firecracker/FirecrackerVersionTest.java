package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FirecrackerVersionTest {
  @Test
  void parsesVersionFlagOutputWithItsBlankLine() {
    assertThat(FirecrackerVersion.parse("Firecracker v1.16.1\n\n"))
        .isEqualTo(FirecrackerVersion.of(1, 16, 1));
  }

  @Test
  void parsesTheVersionEndpointForm() {
    assertThat(FirecrackerVersion.parse("1.16.1")).isEqualTo(FirecrackerVersion.of(1, 16, 1));
  }

  @Test
  void parsesPreReleaseAndBuildSuffixes() {
    assertThat(FirecrackerVersion.parse("1.17.0-dev"))
        .isEqualTo(new FirecrackerVersion(1, 17, 0, "dev", ""));
    assertThat(FirecrackerVersion.parse("Firecracker v1.16.1+fuzzing"))
        .isEqualTo(new FirecrackerVersion(1, 16, 1, "", "fuzzing"));
    assertThat(FirecrackerVersion.parse("1.17.0-dev+fuzzing").toString())
        .isEqualTo("1.17.0-dev+fuzzing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Firecracker", "1.16", "v1.x.0", "Firecracker v1.16.1 extra"})
  void rejectsTextWithoutAVersion(String text) {
    assertThatThrownBy(() -> FirecrackerVersion.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Firecracker version");
  }

  // B24(a): numeric, not string, comparison.
  @ParameterizedTest(name = "{0} < {1}")
  @CsvSource({
    "1.9.0, 1.13.0",
    "1.12.1, 1.13.0",
    "1.7.0, 1.10.1",
    "1.13.1, 1.16.1",
    "1.17.0-dev, 1.17.0",
    "1.17.0-alpha, 1.17.0-beta",
    "1.17.0-rc.2, 1.17.0-rc.10",
    "1.17.0-rc.9, 1.17.0-rc.a",
    "1.16.1, 1.16.1+fuzzing",
    "0.99.99, 1.0.0"
  })
  void ordersNumerically(String lower, String higher) {
    FirecrackerVersion low = FirecrackerVersion.parse(lower);
    FirecrackerVersion high = FirecrackerVersion.parse(higher);

    assertThat(low).isLessThan(high);
    assertThat(high).isGreaterThan(low);
  }

  @Test
  void doesNotOfferEnablePciBefore1130() {
    assertThat(FirecrackerVersion.parse("Firecracker v1.12.1").supportsEnablePci()).isFalse();
    assertThat(FirecrackerVersion.parse("1.9.0").supportsEnablePci()).isFalse();
    assertThat(FirecrackerVersion.parse("1.13.0").supportsEnablePci()).isTrue();
    assertThat(FirecrackerVersion.parse("1.13.1").supportsEnablePci()).isTrue();
  }

  @Test
  void gatesEachFeatureAtItsRelease() {
    FirecrackerVersion v1_10 = FirecrackerVersion.of(1, 10, 1);
    FirecrackerVersion v1_13 = FirecrackerVersion.of(1, 13, 1);
    FirecrackerVersion v1_16 = FirecrackerVersion.of(1, 16, 1);

    assertThat(v1_10.supportsNetworkOverrides()).isFalse();
    assertThat(v1_13.supportsNetworkOverrides()).isTrue();
    assertThat(v1_10.supportsTrackDirtyPagesOnLoad()).isFalse();
    assertThat(v1_13.supportsTrackDirtyPagesOnLoad()).isTrue();
    assertThat(v1_13.hasSerialPmemHotplugHinting()).isFalse();
    assertThat(v1_16.hasSerialPmemHotplugHinting()).isTrue();
    assertThat(v1_13.createsLogAndMetricsFiles()).isFalse();
    assertThat(v1_16.createsLogAndMetricsFiles()).isTrue();
    assertThat(v1_13.supportsDelete()).isFalse();
    assertThat(v1_16.supportsDelete()).isTrue();
  }

  @Test
  void namesTheMinimumOfAFeature() {
    assertThat(FirecrackerFeature.ENABLE_PCI.minimum()).hasToString("1.13.0");
    assertThat(FirecrackerFeature.HOTPLUG.minimum()).hasToString("1.16.0");
  }
}
