package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoStackTest {
  private final List<String> undone = new ArrayList<>();
  private final UndoStack stack = new UndoStack();

  @Test
  void unwindRunsNewestFirstAndOnlyOnce() {
    stack.push("dir", () -> undone.add("dir"));
    stack.push("process", () -> undone.add("process"));

    stack.unwind();
    stack.unwind();

    assertThat(undone).containsExactly("process", "dir");
  }

  @Test
  void aFailingUndoIsReturnedAndDoesNotStopTheRest() {
    stack.push("dir", () -> undone.add("dir"));
    stack.push(
        "socket",
        () -> {
          throw new IOException("busy");
        });

    List<Exception> failures = stack.unwind();

    assertThat(failures).extracting(Exception::getMessage).containsExactly("busy");
    assertThat(undone).containsExactly("dir");
  }

  @Test
  void anInterruptedUndoLetsTheOthersRunAndKeepsTheInterruptFlag() {
    stack.push("dir", () -> undone.add("dir"));
    stack.push(
        "process",
        () -> {
          throw new InterruptedException();
        });

    stack.unwind();

    assertThat(Thread.interrupted()).isTrue();
    assertThat(undone).containsExactly("dir");
  }
}
