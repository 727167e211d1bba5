package dev.knaller.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {
  @Test
  void emptyTailHasNoLines() {
    assertThat(new OutputTail().lines()).isEmpty();
    assertThat(new OutputTail().text()).isEmpty();
  }

  @Test
  void keepsAtMostFourKibAndDropsTheCutFirstLine() {
    OutputTail tail = new OutputTail();
    String line = "x".repeat(99) + "\n";
    for (int i = 0; i < 100; i++) {
      write(tail, i + line);
    }

    assertThat(tail.lines()).hasSize(20).allSatisfy(l -> assertThat(l).endsWith("x".repeat(99)));
    assertThat(tail.lines().get(19)).startsWith("99");
    assertThat(String.join("\n", tail.lines()).getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(4096);
  }

  @Test
  void aSingleHugeLineIsCutToTheBuffer() {
    OutputTail tail = new OutputTail();
    write(tail, "y".repeat(10_000) + "\nlast words\n");

    assertThat(tail.lines()).containsExactly("last words");
  }

  @Test
  void crlfAndAMissingFinalNewlineAreHandled() {
    OutputTail tail = new OutputTail();
    write(tail, "first\r\nsecond");

    assertThat(tail.text()).isEqualTo("first\nsecond");
  }

  private static void write(OutputTail tail, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    tail.append(bytes, 0, bytes.length);
  }
}
