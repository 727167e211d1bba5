package dev.knaller.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.process.CommandResult;
import dev.knaller.process.CommandRunner;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootfsCopierTest {
  private static final long TWO_GIB = 2L << 30;
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @TempDir Path dir;

  // B15: a 2 GiB ext4 image with holes stays sparse and identical.
  @Test
  void aSparseImageStaysSparseAndIdentical() throws Exception {
    Path base = sparseImage(dir.resolve("base.ext4"));
    Path target = Files.createDirectories(dir.resolve("vms/demo")).resolve("rootfs.ext4");

    RootfsCopier.system().copy(base, target);

    assertThat(Files.size(target)).isEqualTo(TWO_GIB);
    assertThat(allocatedKib(target)).isLessThanOrEqualTo(allocatedKib(base) + 1024);
    assertThat(run("cmp", base.toString(), target.toString()).exitCode()).isZero();
    assertThat(siblings(target)).containsExactly("rootfs.ext4");
  }

  @Test
  void anOldTargetIsReplacedWhole() throws Exception {
    Path base = Files.writeString(dir.resolve("base.ext4"), "new image");
    Path target = Files.writeString(dir.resolve("rootfs.ext4"), "an older and longer image");

    RootfsCopier.system().copy(base, target);

    assertThat(Files.readString(target)).isEqualTo("new image");
  }

  @Test
  void aMissingSourceFailsBeforeAnythingIsWritten() {
    Path target = dir.resolve("rootfs.ext4");

    assertThatThrownBy(() -> RootfsCopier.system().copy(dir.resolve("absent.ext4"), target))
        .isInstanceOfSatisfying(
            RootfsCopyException.class, e -> assertThat(e.step()).isEqualTo("check source"));
    assertThat(dir).isEmptyDirectory();
  }

  // B15 failure variant: nothing named rootfs.ext4, and no partial file, is left behind.
  @Test
  void aFailingCpLeavesNoPartialFileAndQuotesItsStderr() throws Exception {
    Path base = Files.writeString(dir.resolve("base.ext4"), "image");
    Path vmDir = Files.createDirectories(dir.resolve("vm"));
    // A test double for cp: writes half a copy, then fails the way a full disk makes it fail.
    CommandRunner halfCopy =
        (argv, timeout) -> {
          Files.writeString(Path.of(argv.get(argv.size() - 1)), "ima");
          return new CommandResult(1, "", "cp: error writing 'x': No space left on device\n");
        };

    assertThatThrownBy(
            () -> new RootfsCopier(halfCopy, TIMEOUT).copy(base, vmDir.resolve("rootfs.ext4")))
        .isInstanceOfSatisfying(
            RootfsCopyException.class,
            e -> {
              assertThat(e.step()).isEqualTo("cp");
              assertThat(e.getMessage())
                  .contains(base.toString(), vmDir.resolve("rootfs.ext4").toString())
                  .contains("exited with 1", "No space left on device");
            });
    assertThat(vmDir).isEmptyDirectory();
  }

  @Test
  void aReadOnlyVmDirectoryFailsAtTheFirstWriteAndLeavesNothing() throws Exception {
    assumeTrue(!isRoot(), "root ignores directory permissions");
    Path base = Files.writeString(dir.resolve("base.ext4"), "image");
    Path vmDir = Files.createDirectories(dir.resolve("vm"));
    Files.setPosixFilePermissions(vmDir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> RootfsCopier.system().copy(base, vmDir.resolve("rootfs.ext4")))
          .isInstanceOfSatisfying(
              RootfsCopyException.class,
              e -> assertThat(e.step()).isEqualTo("create temporary file"));
      assertThat(vmDir).isEmptyDirectory();
    } finally {
      Files.setPosixFilePermissions(vmDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aMissingVmDirectoryIsReportedAsSuch() throws Exception {
    Path base = Files.writeString(dir.resolve("base.ext4"), "image");

    assertThatThrownBy(() -> RootfsCopier.system().copy(base, dir.resolve("no/such/rootfs.ext4")))
        .isInstanceOfSatisfying(
            RootfsCopyException.class, e -> assertThat(e.detail()).contains("NoSuchFileException"));
  }

  @Test
  void theCopyCommandIsOneArgvWithPathsAfterDoubleDash() {
    assertThat(RootfsCopier.copyCommand(Path.of("/b/-base"), Path.of("/h o m e/r")))
        .containsExactly("cp", "--reflink=auto", "--sparse=always", "--", "/b/-base", "/h o m e/r");
  }

  private Path sparseImage(Path image) throws Exception {
    assertThat(run("truncate", "-s", "2G", image.toString()).exitCode()).isZero();
    // With mkfs.ext4 the image has real metadata scattered over it, as a rootfs would.
    if (Files.isExecutable(Path.of("/usr/sbin/mkfs.ext4"))
        || Files.isExecutable(Path.of("/sbin/mkfs.ext4"))) {
      String mkfs =
          Files.isExecutable(Path.of("/usr/sbin/mkfs.ext4"))
              ? "/usr/sbin/mkfs.ext4"
              : "/sbin/mkfs.ext4";
      assertThat(run(mkfs, "-q", "-F", image.toString()).exitCode()).isZero();
    }
    // And 1 MiB of data in the middle, off any block boundary, which must survive the copy.
    byte[] data = new byte[1 << 20];
    new Random(15).nextBytes(data);
    try (FileChannel channel = FileChannel.open(image, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(data), (1L << 30) + 12_345);
    }
    return image;
  }

  // Java has no st_blocks; du -k reports the allocated size in KiB.
  private static long allocatedKib(Path file) throws Exception {
    CommandResult du = run("du", "-k", file.toString());
    return Long.parseLong(du.stdout().split("\\s+", -1)[0]);
  }

  private static CommandResult run(String... argv) throws Exception {
    return CommandRunner.system().run(List.of(argv), TIMEOUT);
  }

  private static List<String> siblings(Path file) throws IOException {
    try (Stream<Path> files = Files.list(file.getParent())) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static boolean isRoot() throws IOException {
    return Files.readString(Path.of("/proc/self/status")).matches("(?s).*\nUid:\\s+\\d+\\s+0\\s.*");
  }
}
