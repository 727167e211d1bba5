package dev.knaller.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a Debian guest: guest files out of the jar, mmdebstrap to a tarball, one fakeroot session
 * to unpack it and run {@code mkfs.ext4 -d}, then the distribution kernel and initrd out of the
 * tree and {@code vmlinux} out of the kernel.
 */
final class DebianBuild implements RecipeRunner {
  private static final Duration BOOTSTRAP_TIMEOUT = Duration.ofMinutes(30);
  private static final Duration MKFS_TIMEOUT = Duration.ofMinutes(10);

  private final DebianRecipe recipe;
  private final HostFacts host;
  private final ToolRunner tools;

  DebianBuild(DebianRecipe recipe, HostFacts host, ToolRunner tools) {
    this.recipe = recipe;
    this.host = host;
    this.tools = tools;
  }

  @Override
  public String run(ImageLayout staging, Path scratch, BuildProgress progress)
      throws ImageException, InterruptedException {
    BootstrapMode mode =
        BootstrapMode.choose(host.uid(), host.user(), SubordinateIds.read(host.etc()));
    Path tarball = scratch.resolve("rootfs.tar");
    progress.step(
        "bootstrapping Debian "
            + recipe.suite()
            + " with mmdebstrap ("
            + mode.mmdebstrapMode()
            + " mode)");
    Path guestFiles = writeGuestFiles();
    try {
      bootstrap(mode, guestFiles, tarball, progress);
    } finally {
      removeQuietly(guestFiles);
    }

    Path tree = createDirectory(scratch.resolve("tree"));
    progress.step(
        "creating rootfs.ext4 ("
            + recipe.imageSizeMib()
            + " MiB, sparse) with"
            + " mkfs.ext4 -d"
            + (host.isRoot() ? "" : " inside fakeroot"));
    makeFilesystem(tarball, tree, staging.rootfs());

    progress.step("taking the kernel and initrd from the image, extracting vmlinux");
    BootFiles boot = BootFiles.find(tree.resolve("boot"));
    copy(boot.vmlinuz(), staging.vmlinuz());
    copy(boot.initrd(), staging.initrd());
    new KernelExtractor(tools).extract(staging.vmlinuz(), staging.vmlinux());
    return boot.kernelRelease();
  }

  private void bootstrap(BootstrapMode mode, Path guestFiles, Path tarball, BuildProgress progress)
      throws ImageException, InterruptedException {
    Path mmdebstrap = host.tool("mmdebstrap", "mmdebstrap");
    Optional<Path> sources = sourcesFile(guestFiles.resolve("apt.sources"));
    ToolCommand command =
        ToolCommand.of(
                "bootstrapping Debian",
                BOOTSTRAP_TIMEOUT,
                MmdebstrapCommand.argv(mmdebstrap, recipe, mode, sources, tarball))
            .withEnvironment(
                Map.of(
                    MmdebstrapCommand.GUEST_FILES_VARIABLE, guestFiles.toString(),
                    MmdebstrapCommand.AUTHORIZED_KEYS_VARIABLE,
                        guestFiles.resolve("authorized_keys").toString()));
    tools.run(command, statusLines(progress));
  }

  private void makeFilesystem(Path tarball, Path tree, Path image)
      throws ImageException, InterruptedException {
    Optional<Path> fakeroot =
        host.isRoot() ? Optional.empty() : Optional.of(host.tool("fakeroot", "fakeroot"));
    Path mkfs = host.tool("mkfs.ext4", "e2fsprogs");
    tools.run(
        ToolCommand.of(
            "creating rootfs.ext4",
            MKFS_TIMEOUT,
            RootfsImager.argv(fakeroot, mkfs, tarball, tree, image, recipe.imageSizeMib())),
        line -> {});
  }

  /** mmdebstrap's own "I: ..." lines are the progress worth showing; apt's chatter is not. */
  private static Consumer<String> statusLines(BuildProgress progress) {
    return line -> {
      if (line.startsWith("I: ")) {
        progress.detail(line.substring(3));
      }
    };
  }

  /**
   * Writes the hooks and what they install to a world-readable temporary directory: in unshare mode
   * the hooks run as the namespace's root, which is a subordinate id, not the user, and so cannot
   * enter the user's private directories (a 0700 home or staging directory).
   */
  private Path writeGuestFiles() throws ImageException {
    try {
      Path directory =
          Files.createTempDirectory(
              "knaller-guest-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      GuestFiles.writeTo(directory);
      Files.writeString(directory.resolve("authorized_keys"), recipe.authorizedKey() + "\n");
      return directory;
    } catch (IOException e) {
      throw new ImageException("cannot write the guest files to a temporary directory", e);
    }
  }

  private static void removeQuietly(Path directory) {
    try {
      TreeRemover.remove(directory);
    } catch (IOException e) {
      // A few small files in the temporary directory; nothing depends on them any more.
    }
  }

  private Optional<Path> sourcesFile(Path file) throws ImageException {
    if (recipe.sources().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.writeString(file, recipe.sources()));
    } catch (IOException e) {
      throw new ImageException("cannot write the apt sources to " + file, e);
    }
  }

  private static Path createDirectory(Path directory) throws ImageException {
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ImageException("cannot create " + directory, e);
    }
  }

  private static void copy(Path from, Path to) throws ImageException {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ImageException("cannot copy " + from + " to " + to, e);
    }
  }
}
