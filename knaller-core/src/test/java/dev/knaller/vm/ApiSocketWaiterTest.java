package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.process.ChildProcess;
import dev.knaller.process.ChildSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wait for the API socket against small Python servers (test doubles): Java cannot bind a Unix
 * socket without listening, which is exactly the window being tested (B02).
 */
class ApiSocketWaiterTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String BIND_THEN =
      """
      import socket, sys, time
      s = socket.socket(socket.AF_UNIX)
      s.bind(sys.argv[1])
      sys.stderr.write('bound\\n')
      sys.stderr.flush()
      """;

  @TempDir Path directory;
  private Path socket;
  private ChildProcess child;

  @BeforeEach
  void needsPython() {
    assumeTrue(Files.isExecutable(PYTHON), "needs /usr/bin/python3 for the fake servers");
    socket = directory.resolve("api.socket");
  }

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null) {
      child.stop(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
  }

  @Test
  void aSocketThatListensHalfASecondAfterBindingIsWaitedFor() throws Exception {
    child = python(BIND_THEN + "time.sleep(0.5)\ns.listen(1)\ntime.sleep(30)");

    new ApiSocketWaiter(socket, child, Duration.ofSeconds(10)).await();

    assertThat(child.isAlive()).isTrue();
  }

  @Test
  void aServerThatBindsButNeverListensAndExitsFailsWhenItExitsNotAtTheDeadline() {
    child = python(BIND_THEN + "time.sleep(1)\nsys.exit(3)");
    long started = System.nanoTime();

    assertThatThrownBy(() -> new ApiSocketWaiter(socket, child, Duration.ofSeconds(30)).await())
        .isInstanceOfSatisfying(
            StepException.class,
            e -> {
              assertThat(e.exitStatus()).hasValue(3);
              assertThat(e.stderrTail()).contains("bound");
              assertThat(e.getMessage()).contains("exited with status 3 before the API socket");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aServerThatNeverListensFailsAtTheDeadlineWithItsStderr() {
    child = python(BIND_THEN + "time.sleep(30)");

    assertThatThrownBy(() -> new ApiSocketWaiter(socket, child, Duration.ofMillis(800)).await())
        .isInstanceOfSatisfying(
            StepException.class,
            e -> {
              assertThat(e.getMessage()).contains("did not accept connections within 0.8 s");
              assertThat(e.stderrTail()).contains("bound");
            });
  }

  private ChildProcess python(String program) {
    try {
      return ChildProcess.start(
          ChildSpec.of(List.of(PYTHON.toString(), "-c", program, socket.toString())));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
