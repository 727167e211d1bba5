package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapModeTest {
  private static final SubordinateIds CI =
      new SubordinateIds(List.of("knaller-ci:100000:65536"), List.of("knaller-ci:100000:65536"));

  @Test
  void rootNeedsNoSubordinateIds() throws Exception {
    assertThat(BootstrapMode.choose(0, "root", new SubordinateIds(List.of(), List.of())))
        .isEqualTo(BootstrapMode.ROOT);
  }

  @Test
  void aUserWithAFullRangeUsesUnshare() throws Exception {
    assertThat(BootstrapMode.choose(1001, "knaller-ci", CI)).isEqualTo(BootstrapMode.UNSHARE);
  }

  @Test
  void rangesMayBeGivenByUidAndAddUp() throws Exception {
    SubordinateIds split =
        new SubordinateIds(
            List.of("1001:100000:30000", "1001:200000:35536"),
            List.of("someone:1:5", "1001:100000:65536"));

    assertThat(split.hasRangeFor("knaller-ci", 1001)).isTrue();
  }

  @Test
  void aUserWithoutSubgidsIsToldHowToAddThem() {
    SubordinateIds uidsOnly = new SubordinateIds(List.of("tester:100000:65536"), List.of());

    assertThatThrownBy(() -> BootstrapMode.choose(1002, "tester", uidsOnly))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("user tester (uid 1002) has no range of 65536 subordinate ids")
        .hasMessageContaining(
            "usermod --add-subuids 100000-165535 --add-subgids 100000-165535" + " tester");
  }

  @Test
  void aTooSmallRangeDoesNotCount() {
    SubordinateIds small = new SubordinateIds(List.of("u:100000:1000"), List.of("u:100000:1000"));

    assertThat(small.hasRangeFor("u", 5)).isFalse();
  }
}
