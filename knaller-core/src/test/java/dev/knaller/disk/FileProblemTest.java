package dev.knaller.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemTest {
  @TempDir Path directory;

  @Test
  void aDeniedPathSaysPermissionDeniedWithTheRemedy() {
    assertThat(FileProblem.describe(new AccessDeniedException("/d/vms/demo.lock")))
        .isEqualTo(
            "/d/vms/demo.lock: permission denied; make it writable by you, or set XDG_DATA_HOME"
                + " to a directory you own");
  }

  @Test
  void eachBarePathExceptionGetsItsReason() {
    assertThat(FileProblem.describe(new NoSuchFileException("/nonexistent")))
        .startsWith("/nonexistent: does not exist");
    assertThat(FileProblem.describe(new NotDirectoryException("/d/sockets")))
        .startsWith("/d/sockets: is not a directory");
    assertThat(FileProblem.describe(new DirectoryNotEmptyException("/d/full.socket")))
        .startsWith("/d/full.socket: is a directory that is not empty")
        .contains("leaves it alone");
  }

  @Test
  void aRegularFileInTheWayOfADirectoryIsNamedAsSuch() throws IOException {
    Path sockets = Files.writeString(directory.resolve("sockets"), "junk");

    IOException failure = catchIo(() -> Files.createDirectories(sockets));

    assertThat(failure).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(FileProblem.describe(failure))
        .startsWith(sockets + ": is in the way")
        .contains("move it away");
  }

  @Test
  void anExceptionWithItsOwnReasonKeepsIt() {
    assertThat(FileProblem.describe(new FileSystemException("/x", null, "Read-only file system")))
        .isEqualTo("/x: Read-only file system");
    assertThat(FileProblem.describe(new IOException("disk on fire"))).isEqualTo("disk on fire");
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static IOException catchIo(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      return e;
    }
    throw new AssertionError("no IOException");
  }
}
