package dev.knaller.image;

import dev.knaller.KnallerPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the guest image under {@code $DATA/images/default/}, or reuses the one there when its
 * manifest records the same recipe hash.
 *
 * <p>A build is atomic: everything is produced in a staging directory beside the target and renamed
 * into place at the end, so a failed or interrupted build leaves the previous image (or none),
 * never half of one. One build at a time per data directory (a lock file).
 */
public final class ImageBuilder {
  private static final String STAGING_PREFIX = ".build-";

  private final Path dataDirectory;
  private final HostFacts host;
  private final ToolRunner tools;
  private final Clock clock;

  public ImageBuilder(Path dataDirectory, HostFacts host, ToolRunner tools, Clock clock) {
    this.dataDirectory = dataDirectory;
    this.host = host;
    this.tools = tools;
    this.clock = clock;
  }

  /** A builder for this process's user, data directory and tools. */
  public static ImageBuilder forCurrentUser() {
    return forDataDirectory(KnallerPaths.fromEnvironment().dataDirectory());
  }

  /** A builder for this process's user and tools, on another data directory. */
  public static ImageBuilder forDataDirectory(Path dataDirectory) {
    return new ImageBuilder(
        dataDirectory, HostFacts.current(), new ProcessToolRunner(), Clock.systemUTC());
  }

  public ImageLayout layout() {
    return ImageLayout.defaultIn(dataDirectory);
  }

  /**
   * The default recipe: Debian bookworm from this machine's Debian apt sources, with the user's
   * knaller SSH key (created when missing) as root's only way in.
   */
  public DebianRecipe defaultRecipe() throws ImageException, InterruptedException {
    String sources = DebianSources.read(host.etc().resolve("apt"), "bookworm");
    return DebianRecipe.bookworm(sources, userPublicKey());
  }

  /** The public half of the user's guest key pair, created when missing. */
  public String userPublicKey() throws ImageException, InterruptedException {
    return sshKeys().ensure().publicKeyText();
  }

  /** The user's guest key pair in {@code $DATA/ssh/}. */
  public SshKeys sshKeys() {
    return new SshKeys(dataDirectory.resolve("ssh"), host.tools(), tools);
  }

  /**
   * The default image for {@code knaller start}: the one in place if it is complete, whatever
   * recipe built it (so starting a VM never waits for a rebuild the user did not ask for), else a
   * fresh build of {@link #defaultRecipe()}.
   */
  public BuiltImage ensureDefaultImage(BuildProgress progress)
      throws ImageException, InterruptedException {
    ImageLayout layout = layout();
    Optional<Manifest> manifest =
        ImageCache.read(layout).filter(found -> ImageCache.filesMatch(layout, found));
    if (manifest.isPresent()) {
      return new BuiltImage(layout, manifest.get(), false);
    }
    progress.step("no complete guest image in " + layout.directory() + ": building one");
    return build(defaultRecipe(), false, progress);
  }

  /** The image already built for {@code recipe}, if it is complete. */
  public Optional<BuiltImage> existing(Recipe recipe) {
    ImageLayout layout = layout();
    return ImageCache.read(layout)
        .filter(manifest -> manifest.recipeHash().equals(recipe.cacheKey()))
        .filter(manifest -> ImageCache.filesMatch(layout, manifest))
        .map(manifest -> new BuiltImage(layout, manifest, false));
  }

  /**
   * Builds the image for {@code recipe}, unless an identical one exists and {@code force} is off.
   */
  @SuppressWarnings("try") // the lock is held for the scope, never read
  public BuiltImage build(Recipe recipe, boolean force, BuildProgress progress)
      throws ImageException, InterruptedException {
    if (recipe instanceof FirecrackerCiRecipe download) {
      download.checkAllowed(); // before the lock file: a refused build creates nothing
    }
    Path images = createDirectories(layout().directory().getParent());
    try (BuildLock lock = BuildLock.acquire(images.resolve(".build.lock"))) {
      Optional<BuiltImage> cached = force ? Optional.empty() : existing(recipe);
      if (cached.isPresent()) {
        progress.step(
            "image "
                + layout().directory()
                + " is up to date (recipe "
                + recipe.cacheKey().substring(0, 12)
                + "); use --force to rebuild");
        return cached.get();
      }
      removeStaleStaging(images);
      return buildFresh(recipe, images, progress);
    }
  }

  private BuiltImage buildFresh(Recipe recipe, Path images, BuildProgress progress)
      throws ImageException, InterruptedException {
    Instant started = clock.instant();
    Path staging = createTemporary(images);
    try {
      ImageLayout staged = layout().in(staging);
      Path scratch = createDirectories(staging.resolve(".scratch"));
      String kernelRelease = runnerFor(recipe).run(staged, scratch, progress);
      removeTree(scratch);
      progress.step("hashing the image files and writing manifest.json");
      Manifest manifest =
          ImageCache.writeManifest(
              staged, recipe, started, Duration.between(started, clock.instant()), kernelRelease);
      ImageCache.publish(staging, layout().directory());
      progress.step("image ready in " + layout().directory());
      return new BuiltImage(layout(), manifest, true);
    } finally {
      removeTree(staging); // gone already when published
    }
  }

  /**
   * Removes staging directories of builds that were killed (Ctrl+C ends the JVM without unwinding).
   * Only called under the build lock, so none of them belongs to a running build.
   */
  private static void removeStaleStaging(Path images) throws ImageException {
    try (Stream<Path> entries = Files.list(images)) {
      for (Path stale : entries.filter(ImageBuilder::isStaging).toList()) {
        removeTree(stale);
      }
    } catch (IOException e) {
      throw new ImageException("cannot list " + images + ": " + e.getMessage(), e);
    }
  }

  private static boolean isStaging(Path entry) {
    String name = entry.getFileName().toString();
    return name.startsWith(STAGING_PREFIX) && Files.isDirectory(entry);
  }

  private RecipeRunner runnerFor(Recipe recipe) {
    return switch (recipe) {
      case DebianRecipe debian -> new DebianBuild(debian, host, tools);
      case FirecrackerCiRecipe download -> new FirecrackerCiBuild(download, host, tools);
    };
  }

  private static Path createTemporary(Path images) throws ImageException {
    try {
      return Files.createTempDirectory(images, STAGING_PREFIX);
    } catch (IOException e) {
      throw new ImageException("cannot create a staging directory in " + images, e);
    }
  }

  private static Path createDirectories(Path directory) throws ImageException {
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ImageException("cannot create " + directory + ": " + e.getMessage(), e);
    }
  }

  private static void removeTree(Path directory) throws ImageException {
    try {
      TreeRemover.remove(directory);
    } catch (IOException e) {
      throw new ImageException(
          "cannot remove the build's staging files "
              + directory
              + ": "
              + e.getMessage()
              + "; delete it by hand",
          e);
    }
  }
}
