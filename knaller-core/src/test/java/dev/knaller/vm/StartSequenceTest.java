package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.VmStartException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StartSequenceTest {
  private final List<String> events = new ArrayList<>();
  private final UndoStack undo = new UndoStack();

  @Test
  void stepsRunInOrderAndTheirUndosStayRegisteredOnSuccess() throws Exception {
    new StartSequence("demo", List.of(creating("a"), creating("b"), creating("c")), undo).run();

    assertThat(events).containsExactly("do a", "do b", "do c");
    assertThat(undo.isEmpty()).isFalse();
  }

  @Test
  void aFailingStepUndoesTheEarlierStepsNewestFirstAndIsNamed() {
    List<StartStep> steps =
        List.of(
            creating("a"),
            creating("b"),
            failing("c", new IOException("disk full")),
            creating("d"));

    assertThatThrownBy(() -> new StartSequence("demo", steps, undo).run())
        .isInstanceOfSatisfying(
            VmStartException.class,
            e -> {
              assertThat(e.step()).isEqualTo("c");
              assertThat(e.vmName()).isEqualTo("demo");
              assertThat(e.getMessage()).contains("step 'c': disk full");
              assertThat(e.exitStatus()).isEmpty();
            });
    assertThat(events).containsExactly("do a", "do b", "undo b", "undo a");
    assertThat(undo.isEmpty()).isTrue();
  }

  @Test
  void aStepFailureCarriesTheChildExitStatusAndStderrTail() {
    StepException died =
        new StepException("pasta exited", OptionalInt.of(125), "pasta: bind failed", null);

    assertThatThrownBy(
            () -> new StartSequence("demo", List.of(failing("launch", died)), undo).run())
        .isInstanceOfSatisfying(
            VmStartException.class,
            e -> {
              assertThat(e.exitStatus()).hasValue(125);
              assertThat(e.stderrTail()).hasValue("pasta: bind failed");
            });
  }

  @Test
  void anUndoThatFailsIsAttachedAsSuppressedAndTheOthersStillRun() {
    StartStep brokenUndo =
        new StartStep(
            "b",
            () ->
                undo.push(
                    "undo b",
                    () -> {
                      throw new IOException("cannot remove b");
                    }));
    List<StartStep> steps = List.of(creating("a"), brokenUndo, failing("c", new IOException("x")));

    assertThatThrownBy(() -> new StartSequence("demo", steps, undo).run())
        .isInstanceOfSatisfying(
            VmStartException.class,
            e ->
                assertThat(e.getSuppressed())
                    .extracting(Throwable::getMessage)
                    .containsExactly("cannot remove b"));
    assertThat(events).containsExactly("do a", "undo a");
  }

  @Test
  void anInterruptedStepStillUndoesEverything() {
    List<StartStep> steps = List.of(creating("a"), failing("b", new InterruptedException()));

    assertThatThrownBy(() -> new StartSequence("demo", steps, undo).run())
        .isInstanceOf(InterruptedException.class);
    assertThat(events).containsExactly("do a", "undo a");
  }

  private StartStep creating(String name) {
    return new StartStep(
        name,
        () -> {
          events.add("do " + name);
          undo.push("undo " + name, () -> events.add("undo " + name));
        });
  }

  private static StartStep failing(String name, Exception failure) {
    return new StartStep(
        name,
        () -> {
          throw failure;
        });
  }

  @Test
  void aStepFailingBecauseItsThreadWasInterruptedCountsAsAnInterrupt() {
    StartStep interruptedIo =
        new StartStep(
            "boot",
            () -> {
              Thread.currentThread().interrupt();
              throw new IOException("closed by interrupt");
            });

    assertThatThrownBy(
            () -> new StartSequence("demo", List.of(creating("a"), interruptedIo), undo).run())
        .isInstanceOf(InterruptedException.class)
        .hasMessageContaining("interrupted at step boot");
    assertThat(events).containsExactly("do a", "undo a");
  }

  @Test
  void unwindingRunsEvenWithAPendingInterruptAndKeepsIt() {
    undo.push(
        "undo x",
        () -> {
          Thread.sleep(1);
          events.add("undo x");
        });
    Thread.currentThread().interrupt();

    undo.unwind();

    assertThat(events).containsExactly("undo x");
    assertThat(Thread.interrupted()).isTrue();
  }
}
