package dev.knaller.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration GRACE = Duration.ofSeconds(5);

  @TempDir Path dir;

  @Test
  void outputBeyondThePipeBufferIsDrainedToAFile() throws Exception {
    Path log = dir.resolve("out.log");
    // 200 KiB, three times a Linux pipe buffer: an undrained child would block forever.
    ChildSpec spec =
        ChildSpec.of(List.of("head", "-c", "204800", "/dev/zero"))
            .withStdout(OutputSink.appendTo(log));

    ChildProcess child = ChildProcess.start(spec);

    assertThat(child.awaitExit(WAIT)).contains(0);
    assertThat(Files.size(log)).isEqualTo(204_800);
  }

  @Test
  void environmentIsAddedAndStderrForwarded() throws Exception {
    ByteArrayOutputStream parentStderr = new ByteArrayOutputStream();
    ChildSpec spec =
        ChildSpec.of(List.of("sh", "-c", "echo \"$KNALLER_TEST\" >&2; exit 3"))
            .withEnvironment(Map.of("KNALLER_TEST", "hello from the child"))
            .withStderr(OutputSink.forwardTo(parentStderr));

    ChildProcess child = ChildProcess.start(spec);

    assertThat(child.exit().get()).isEqualTo(3);
    assertThat(parentStderr.toString(StandardCharsets.UTF_8)).isEqualTo("hello from the child\n");
    assertThat(child.stderrTail().lines()).containsExactly("hello from the child");
  }

  @Test
  void theStderrTailKeepsTheLastTwentyLines() throws Exception {
    ChildSpec spec =
        ChildSpec.of(
            List.of("sh", "-c", "i=0; while [ $i -lt 50 ]; do echo line$i >&2; i=$((i+1)); done"));

    ChildProcess child = ChildProcess.start(spec);

    assertThat(child.awaitExit(WAIT)).contains(0);
    assertThat(child.stderrTail().lines()).hasSize(20).startsWith("line30").endsWith("line49");
  }

  @Test
  void stdinIsAtEndOfFile() throws Exception {
    ChildProcess child = ChildProcess.start(ChildSpec.of(List.of("cat")));

    assertThat(child.awaitExit(WAIT)).contains(0);
  }

  // A non-blocking read of an open, empty pipe fails (EAGAIN); at end-of-file it would read 0
  // bytes. (Without a lifeline the same probe races the close, so stdinIsAtEndOfFile uses cat.)
  @Test
  void aLifelineKeepsStdinOpenAndUnwrittenWhileThisProcessLives() throws Exception {
    List<String> probe = List.of("dd", "bs=1", "count=1", "iflag=nonblock", "status=none");

    ChildProcess held = ChildProcess.start(ChildSpec.of(probe).withLifeline());

    assertThat(held.awaitExit(WAIT)).contains(1);
    assertThat(held.stderrTail().text()).contains("Resource temporarily unavailable");
  }

  @Test
  void stopEndsACooperativeProcessWithSigterm() throws Exception {
    ChildProcess child = ChildProcess.start(ChildSpec.of(List.of("sleep", "60")));

    assertThat(child.stop(GRACE, GRACE)).isEqualTo(StopOutcome.TERMINATED);
    assertThat(child.exit().get()).isEqualTo(128 + 15);
  }

  @Test
  void stopEscalatesToSigkillWhenSigtermIsIgnored() throws Exception {
    // An ignored signal stays ignored across exec, so sleep itself ignores SIGTERM.
    Path ready = dir.resolve("ready");
    ChildProcess child =
        ChildProcess.start(
            ChildSpec.of(
                List.of("sh", "-c", "trap '' TERM; : > \"$0\"; exec sleep 60", ready.toString())));
    awaitFile(ready);

    assertThat(child.stop(Duration.ofMillis(300), GRACE)).isEqualTo(StopOutcome.KILLED);
    assertThat(child.exit().get()).isEqualTo(128 + 9);
  }

  @Test
  void stoppingAnExitedProcessSaysSo() throws Exception {
    ChildProcess child = ChildProcess.start(ChildSpec.of(List.of("true")));
    child.awaitExit(WAIT);

    assertThat(child.stop(GRACE, GRACE)).isEqualTo(StopOutcome.ALREADY_EXITED);
  }

  @Test
  void aMissingProgramFailsAtStart() {
    assertThatThrownBy(() -> ChildProcess.start(ChildSpec.of(List.of("/nonexistent/firecracker"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("/nonexistent/firecracker");
  }

  @Test
  void argvElementsAreNeverSplitByAShell() throws Exception {
    Path out = dir.resolve("argv");
    ChildSpec spec =
        ChildSpec.of(List.of("printf", "%s|", "/h o m e/x.socket", "$(id)", "a;b"))
            .withStdout(OutputSink.appendTo(out));

    ChildProcess.start(spec).awaitExit(WAIT);

    assertThat(Files.readString(out)).isEqualTo("/h o m e/x.socket|$(id)|a;b|");
  }

  private static void awaitFile(Path file) throws InterruptedException {
    for (int i = 0; i < 200 && !Files.exists(file); i++) {
      Thread.sleep(25);
    }
    assertThat(file).exists();
  }
}
