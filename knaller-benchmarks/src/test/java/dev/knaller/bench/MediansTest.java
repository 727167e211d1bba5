package dev.knaller.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediansTest {
  @Test
  void oddCountTakesTheMiddleValue() {
    assertThat(Medians.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
  }

  @Test
  void evenCountAveragesTheTwoMiddleValues() {
    assertThat(Medians.median(List.of(4.0, 1.0, 3.0, 100.0))).isEqualTo(3.5);
  }

  @Test
  void emptySampleHasNoMedian() {
    assertThat(Medians.median(List.of())).isNaN();
  }

  @Test
  void minAndMaxIgnoreOrder() {
    assertThat(Medians.min(List.of(3.0, 1.0, 2.0))).isEqualTo(1.0);
    assertThat(Medians.max(List.of(3.0, 1.0, 2.0))).isEqualTo(3.0);
  }
}
