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
import java.util.List;
import java.util.Optional;

/** {@code knaller image build}: builds the guest image, or says it is up to date. */
final class ImageBuildCommand implements Command {
  private static final int FIRECRACKER_CI_ROOTFS_MIB = 2048;
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
      Option.uri("--kernel-url", "URL", "firecracker-ci kernel");
  private static final Option<URI> ROOTFS_URL =
      Option.uri("--rootfs-url", "URL", "firecracker-ci squashfs");
  private static final Syntax SYNTAX =
      Syntax.of("build", "Build the guest image, or say it is up to date.")
          .withDetails(
              "Builds under ${XDG_DATA_HOME:-~/.local/share}/knaller/images/default:",
              "Debian 12 from this machine's apt sources (mmdebstrap, no root needed with subuids).",
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
  public int run(Arguments arguments) throws ImageException, InterruptedException, UsageException {
    ImageBuilder builder = ImageBuilder.forDataDirectory(CliPaths.current().dataDirectory());
    ProgressLines progress = new ProgressLines(System.err, arguments.has(VERBOSE));
    BuiltImage image = builder.build(recipe(builder, arguments), arguments.has(FORCE), progress);
    System.out.println(
        (image.freshlyBuilt() ? "built " : "up to date: ") + image.layout().directory());
    return ExitCodes.SUCCESS;
  }

  private static Recipe recipe(ImageBuilder builder, Arguments arguments)
      throws ImageException, InterruptedException, UsageException {
    String recipe = arguments.get(RECIPE, "debian");
    return switch (recipe) {
      case "debian" -> builder.defaultRecipe();
      case "firecracker-ci" -> firecrackerCi(builder, arguments);
      default ->
          throw new UsageException(
              "--recipe " + recipe + " is unknown; use debian or firecracker-ci");
    };
  }

  private static Recipe firecrackerCi(ImageBuilder builder, Arguments arguments)
      throws ImageException, InterruptedException, UsageException {
    Optional<URI> kernel = arguments.get(KERNEL_URL);
    Optional<URI> rootfs = arguments.get(ROOTFS_URL);
    if (kernel.isEmpty() || rootfs.isEmpty()) {
      throw new UsageException(
          "--recipe firecracker-ci needs --kernel-url and --rootfs-url"
              + " (see Firecracker's getting-started guide for the current CI artifacts)");
    }
    return new FirecrackerCiRecipe(
        kernel.get(),
        rootfs.get(),
        arguments.has(ALLOW_DOWNLOAD),
        FIRECRACKER_CI_ROOTFS_MIB,
        builder.userPublicKey());
  }
}
