package dev.knaller.cli;

import dev.knaller.image.BuiltImage;
import dev.knaller.image.FirecrackerCiRecipe;
import dev.knaller.image.ImageBuilder;
import dev.knaller.image.ImageException;
import dev.knaller.image.Recipe;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code knaller image build}: builds the guest image, or says it is up to date. */
@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    description = "Manage the guest image (kernel, initrd, rootfs).",
    subcommands = ImageCommand.Build.class)
final class ImageCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Build the guest image under ${XDG_DATA_HOME:-~/.local/share}/knaller/images/default:",
        "Debian 12 from this machine's apt sources (mmdebstrap, no root needed with subuids).",
        "Skipped when the image was built from the same recipe; --force rebuilds."
      })
  static final class Build implements Callable<Integer> {
    @Option(names = "--force", description = "Rebuild even if the image is up to date.")
    boolean force;

    @Option(names = "--verbose", description = "Show mmdebstrap's status lines.")
    boolean verbose;

    @Option(
        names = "--recipe",
        paramLabel = "RECIPE",
        defaultValue = "debian",
        description = "debian (default) or firecracker-ci (downloads; needs --allow-download).")
    String recipe;

    @Option(names = "--allow-download", description = "Allow firecracker-ci to download.")
    boolean allowDownload;

    @Option(names = "--kernel-url", paramLabel = "URL", description = "firecracker-ci kernel.")
    URI kernelUrl;

    @Option(names = "--rootfs-url", paramLabel = "URL", description = "firecracker-ci squashfs.")
    URI rootfsUrl;

    @Override
    public Integer call() throws ImageException, InterruptedException, BadInputException {
      ImageBuilder builder = ImageBuilder.forDataDirectory(CliPaths.current().dataDirectory());
      BuiltImage image =
          builder.build(recipe(builder), force, new ProgressLines(System.err, verbose));
      System.out.println(
          (image.freshlyBuilt() ? "built " : "up to date: ") + image.layout().directory());
      return ExitCodes.SUCCESS;
    }

    private Recipe recipe(ImageBuilder builder)
        throws ImageException, InterruptedException, BadInputException {
      return switch (recipe) {
        case "debian" -> builder.defaultRecipe();
        case "firecracker-ci" -> firecrackerCi(builder);
        default ->
            throw new BadInputException(
                "--recipe " + recipe + " is unknown; use debian or firecracker-ci");
      };
    }

    private Recipe firecrackerCi(ImageBuilder builder)
        throws ImageException, InterruptedException, BadInputException {
      if (kernelUrl == null || rootfsUrl == null) {
        throw new BadInputException(
            "--recipe firecracker-ci needs --kernel-url and --rootfs-url"
                + " (see Firecracker's getting-started guide for the current CI artifacts)");
      }
      return new FirecrackerCiRecipe(
          kernelUrl, rootfsUrl, allowDownload, 2048, builder.userPublicKey());
    }
  }
}
