package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.KnallerPaths;
import dev.knaller.network.ToolFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The real guest image for end-to-end tests. It is built (or found up to date, keyed by its recipe
 * hash) by {@code knaller image build} in the user's own data directory, so a machine builds it at
 * most once, whichever test or user command comes first; each test then gets a private data
 * directory that links to it and holds a copy of the user's key pair, which the image trusts.
 */
final class GuestImage {
  // A first build on a clean machine: mmdebstrap fetches and unpacks ~150 packages.
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

  final Path directory;
  private final Path sshDirectory;

  private GuestImage(Path directory, Path sshDirectory) {
    this.directory = directory;
    this.sshDirectory = sshDirectory;
  }

  /**
   * Step 1: {@code knaller image build}, as a CLI process in the user's environment. Skips the test
   * when the image can be neither found nor built here.
   */
  static GuestImage buildOrReuse(Path root) throws IOException, InterruptedException {
    KnallerPaths user = KnallerPaths.fromEnvironment();
    Path image = user.defaultImageDirectory();
    boolean cached = Files.isRegularFile(image.resolve("manifest.json"));
    assumeTrue(
        cached || canBuild(),
        "no guest image in "
            + image
            + " and no way to build one here: needs mmdebstrap, fakeroot,"
            + " mkfs.ext4 and ssh-keygen (packages mmdebstrap fakeroot e2fsprogs openssh-client)"
            + " and subordinate ids in /etc/subuid");
    CliProcess build =
        CliProcess.start(
            List.of(root.resolve("knaller").toString(), "image", "build"), new HashMap<>());
    assertThat(build.awaitExit(BUILD_TIMEOUT)).as("image build: %s", build.stderr()).isZero();
    assertThat(build.stdout()).matches("(built |up to date: )" + Pattern.quote(image.toString()));
    assertThat(image.resolve("vmlinux")).isRegularFile();
    assertThat(image.resolve("rootfs.ext4")).isRegularFile();
    assertThat(user.sshPrivateKey()).isRegularFile();
    return new GuestImage(image, user.sshDirectory());
  }

  /** Makes {@code dataDirectory}'s default image this one, with the key pair that it trusts. */
  void installInto(Path dataDirectory) throws IOException {
    Path images = Files.createDirectories(dataDirectory.resolve("images"));
    Files.createSymbolicLink(images.resolve("default"), directory);
    Path ssh = Files.createDirectories(dataDirectory.resolve("ssh"));
    Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
    for (String file : List.of("id_ed25519", "id_ed25519.pub")) {
      Files.copy(sshDirectory.resolve(file), ssh.resolve(file));
    }
    // ssh refuses a private key that others can read.
    Files.setPosixFilePermissions(
        ssh.resolve("id_ed25519"), PosixFilePermissions.fromString("rw-------"));
  }

  /** Removes the link again, so cleaning up the test's directory cannot touch the image. */
  static void uninstallFrom(Path dataDirectory) throws IOException {
    Files.deleteIfExists(dataDirectory.resolve("images").resolve("default"));
  }

  private static boolean canBuild() throws IOException {
    ToolFinder tools = ToolFinder.system();
    for (String tool : List.of("mmdebstrap", "fakeroot", "mkfs.ext4", "ssh-keygen")) {
      if (tools.find(tool).isEmpty()) {
        return false;
      }
    }
    // mmdebstrap --mode=unshare maps the build's users onto the caller's subordinate ids.
    Path subuid = Path.of("/etc/subuid");
    String user = System.getProperty("user.name");
    return Files.isReadable(subuid)
        && Files.readAllLines(subuid).stream().anyMatch(line -> line.startsWith(user + ":"));
  }
}
