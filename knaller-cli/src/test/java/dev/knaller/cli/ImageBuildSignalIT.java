package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A signal while {@code start} builds the missing default image, or during {@code image build},
 * stops the build: the tool and its children end and no staging directory stays. A fake mmdebstrap
 * (a test double that only waits, with a child) stands in, so nothing is downloaded.
 */
class ImageBuildSignalIT {
  @TempDir Path directory;
  private EndToEnd e2e;

  @BeforeEach
  void prepare() throws Exception {
    e2e = EndToEnd.prepare(directory);
  }

  @AfterEach
  void killLeftovers() throws Exception {
    if (e2e != null) {
      e2e.killLeftovers();
    }
  }

  @Test
  void sigtermDuringTheImageBuildEndsTheBuildToolsAndLeavesNoStaging() throws Exception {
    Path childPid = installFakeMmdebstrap();
    CliProcess start = e2e.launch(e2e.startArgsWithoutImage("e2e-build"));
    long child = awaitChild(childPid, start);

    start.signal("TERM");

    // The JVM exits 128 + SIGTERM once its shutdown hook has let the build unwind.
    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(143);
    assertThat(start.stderr())
        .contains("building one")
        .contains("interrupted while preparing the guest image; nothing started");
    assertBuildUnwound(child);
    e2e.assertNothingLeft("e2e-build");
  }

  // The exit status is the signal's, as for start: 128 + 15 for SIGTERM, 128 + 2 for Ctrl+C.
  @ParameterizedTest
  @CsvSource({"TERM, 143", "INT, 130"})
  void aSignalDuringImageBuildEndsItLikeStart(String signal, int status) throws Exception {
    Path childPid = installFakeMmdebstrap();
    CliProcess build = e2e.launch(List.of("image", "build"));
    long child = awaitChild(childPid, build);

    build.signal(signal);

    assertThat(build.awaitExit(Duration.ofSeconds(30))).isEqualTo(status);
    assertThat(build.stderr()).contains("image build interrupted");
    assertBuildUnwound(child);
    assertThat(e2e.dataDirectory().resolve("images/default")).doesNotExist();
  }

  private Path installFakeMmdebstrap() throws Exception {
    Path bin = Files.createDirectories(directory.resolve("fake-bin"));
    Path childPid = bin.resolve("child.pid");
    Path mmdebstrap = bin.resolve("mmdebstrap");
    Files.writeString(
        mmdebstrap,
        "#!/bin/sh\n# Test double: stands for a long bootstrap with a child process.\n"
            + "sleep 300 &\necho $! > '"
            + childPid
            + "'\nwait\n");
    Files.setPosixFilePermissions(mmdebstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
    e2e.with("PATH", bin + ":" + System.getenv("PATH"));
    return childPid;
  }

  private void assertBuildUnwound(long child) throws Exception {
    assertThat(awaitGone(child)).as("the fake mmdebstrap's child %d", child).isTrue();
    try (Stream<Path> images = Files.list(e2e.dataDirectory().resolve("images"))) {
      assertThat(images.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".build-"));
    }
  }

  private static long awaitChild(Path childPid, CliProcess start) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline) && start.isAlive()) {
      String pid = Files.exists(childPid) ? Files.readString(childPid).strip() : "";
      if (!pid.isEmpty()) {
        return Long.parseLong(pid);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the fake mmdebstrap never ran; stderr: " + start.stderr());
  }

  private static boolean awaitGone(long pid) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      Optional<ProcessHandle> process = ProcessHandle.of(pid);
      if (process.isEmpty() || !process.get().isAlive()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
