package dev.knaller.cli;

import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.Option;
import dev.knaller.cli.args.Syntax;
import dev.knaller.cli.args.UsageException;
import dev.knaller.image.BuiltImage;
import dev.knaller.image.FirecrackerCiRecipe;
import dev.knaller.image.ImageBuilder;
import dev.knaller.image.ImageException;
import dev.knaller.image.Recipe;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code knaller image build}: builds the guest image, or says it is up to date. */
final class ImageBuildCommand implements Command {
  private static final int FIRECRACKER_CI_ROOTFS_MIB = 2048;
  private static final String DEBIAN = "debian";
  private static final String FIRECRACKER_CI = "firecracker-ci";
  // How long a signal waits for the build to end its tools and remove its staging directory.
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
  private static final Option<Boolean> FORCE =
      Option.flag("Rebuild even if the image is up to date", "--force");
  private static final Option<Boolean> VERBOSE =
      Option.flag("Show mmdebstrap's status lines", "--verbose");
  private static final Option<String> RECIPE =
      Option.text(
          "--recipe",
          "RECIPE",
          "debian (default) or firecracker-ci (downloads; needs --allow-download)");
  private static final Option<Boolean> ALLOW_DOWNLOAD =
      Option.flag("Allow firecracker-ci to download", "--allow-download");
  private static final Option<URI> KERNEL_URL =
      Option.uri("--kernel-url", "URL", "http(s) URL of the kernel (firecracker-ci only)");
  private static final Option<URI> ROOTFS_URL =
      Option.uri("--rootfs-url", "URL", "http(s) URL of the squashfs (firecracker-ci only)");
  private static final Syntax SYNTAX =
      Syntax.of("build", "Build the guest image, or say it is up to date.")
          .withDetails(
              "Builds under ${XDG_DATA_HOME:-~/.local/share}/knaller/images/default:",
              "Debian 12 from this machine's apt sources (mmdebstrap; no root, with subuids).",
              "Skipped when the image was built from the same recipe; --force rebuilds.")
          .withOptions(FORCE, VERBOSE, RECIPE, ALLOW_DOWNLOAD, KERNEL_URL, ROOTFS_URL);

  /** {@code knaller image}, whose one subcommand is {@code build}. */
  static CommandGroup group() {
    Syntax image = Syntax.of("image", "Manage the guest image (kernel, initrd, rootfs).");
    return new CommandGroup("knaller image", image, List.of(new ImageBuildCommand()));
  }

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  @SuppressWarnings("try") // the hook is held for the scope, never read
  public int run(Arguments arguments) throws ImageException, UsageException {
    // Every option is checked before anything is created: the key pair, the lock, the staging.
    String recipe = checkedRecipeName(arguments);
    try (SignalInterrupter signals = SignalInterrupter.forCurrentThread(SHUTDOWN_WAIT)) {
      return build(recipe, arguments);
    }
  }

  private static int build(String recipeName, Arguments arguments) throws ImageException {
    ImageBuilder builder = ImageBuilder.forDataDirectory(CliPaths.current().dataDirectory());
    ProgressLines progress = new ProgressLines(System.err, arguments.has(VERBOSE));
    try {
      Recipe recipe = recipe(recipeName, builder, arguments);
      BuiltImage image = builder.build(recipe, arguments.has(FORCE), progress);
      System.out.println(
          (image.freshlyBuilt() ? "built " : "up to date: ") + image.layout().directory());
      return ExitCodes.SUCCESS;
    } catch (InterruptedException e) {
      // A signal (SignalInterrupter): the build's tools are ended and its staging is removed.
      System.err.println(
          "knaller: image build interrupted; its staging files are removed,"
              + " a previous image is kept");
      return ExitCodes.FAILURE;
    }
  }

  private static String checkedRecipeName(Arguments arguments) throws UsageException {
    String recipe = arguments.get(RECIPE, DEBIAN);
    switch (recipe) {
      case DEBIAN -> rejectDownloadOptions(arguments);
      case FIRECRACKER_CI -> checkDownloadOptions(arguments);
      default ->
          throw new UsageException(
              "--recipe '" + recipe + "' is unknown; use " + DEBIAN + " or " + FIRECRACKER_CI);
    }
    return recipe;
  }

  // Options of the other recipe would be ignored silently while a build runs for minutes.
  private static void rejectDownloadOptions(Arguments arguments) throws UsageException {
    List<String> given = new ArrayList<>();
    for (Option<URI> url : List.of(KERNEL_URL, ROOTFS_URL)) {
      arguments.get(url).ifPresent(value -> given.add(url.displayName()));
    }
    if (arguments.has(ALLOW_DOWNLOAD)) {
      given.add(ALLOW_DOWNLOAD.displayName());
    }
    if (!given.isEmpty()) {
      throw new UsageException(
          String.join(", ", given)
              + (given.size() == 1 ? " applies only to --recipe " : " apply only to --recipe ")
              + FIRECRACKER_CI
              + (given.size() == 1 ? "; leave it out" : "; leave them out")
              + " to build Debian, or add --recipe "
              + FIRECRACKER_CI);
    }
  }

  private static void checkDownloadOptions(Arguments arguments) throws UsageException {
    Optional<URI> kernel = arguments.get(KERNEL_URL);
    Optional<URI> rootfs = arguments.get(ROOTFS_URL);
    if (kernel.isEmpty() || rootfs.isEmpty()) {
      throw new UsageException(
          "--recipe firecracker-ci needs --kernel-url and --rootfs-url"
              + " (see Firecracker's getting-started guide for the current CI artifacts)");
    }
    checkUrl(KERNEL_URL, kernel.get());
    checkUrl(ROOTFS_URL, rootfs.get());
    if (!arguments.has(ALLOW_DOWNLOAD)) {
      throw new UsageException(
          "--recipe firecracker-ci downloads "
              + kernel.get()
              + " and "
              + rootfs.get()
              + ", and knaller downloads nothing unasked: add --allow-download, or leave --recipe"
              + " out to build Debian from this machine's apt sources");
    }
  }

  private static void checkUrl(Option<URI> option, URI url) throws UsageException {
    Optional<String> problem = FirecrackerCiRecipe.urlProblem(url);
    if (problem.isPresent()) {
      throw new UsageException(option.displayName() + " " + problem.get());
    }
  }

  private static Recipe recipe(String name, ImageBuilder builder, Arguments arguments)
      throws ImageException, InterruptedException {
    if (name.equals(DEBIAN)) {
      return builder.defaultRecipe();
    }
    return new FirecrackerCiRecipe(
        arguments.get(KERNEL_URL).orElseThrow(),
        arguments.get(ROOTFS_URL).orElseThrow(),
        arguments.has(ALLOW_DOWNLOAD),
        FIRECRACKER_CI_ROOTFS_MIB,
        builder.userPublicKey());
  }
}
