package dev.knaller.image;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link FirecrackerCiRecipe} that the user allowed to download (checked by {@link
 * ImageBuilder#build}): download, then one fakeroot session that unsquashes the rootfs, installs
 * root's authorized key and runs {@code mkfs.ext4 -d}.
 *
 * <p>TODO(#4): never run on this machine (it has no route to the internet, by design); only the
 * refusal without {@code --allow-download} and the offline failure message are tested.
 */
final class FirecrackerCiBuild implements RecipeRunner {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(20);
  private static final String CONVERT =
      "\"$1\" -q -d \"$2\" \"$3\" && mkdir -p \"$2/root/.ssh\" && chmod 0700 \"$2/root/.ssh\""
          + " && cp \"$4\" \"$2/root/.ssh/authorized_keys\" && chmod 0600"
          + " \"$2/root/.ssh/authorized_keys\" && \"$5\" -q -F -L knaller-root -d \"$2\" \"$6\" \"$7\"";

  private final FirecrackerCiRecipe recipe;
  private final HostFacts host;
  private final ToolRunner tools;

  FirecrackerCiBuild(FirecrackerCiRecipe recipe, HostFacts host, ToolRunner tools) {
    this.recipe = recipe;
    this.host = host;
    this.tools = tools;
  }

  @Override
  public String run(ImageLayout staging, Path scratch, BuildProgress progress)
      throws ImageException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    progress.step("downloading the Firecracker CI kernel " + recipe.kernelUrl());
    download(http, recipe.kernelUrl(), staging.vmlinux());
    Path squashfs = scratch.resolve("rootfs.squashfs");
    progress.step("downloading the Firecracker CI root filesystem " + recipe.rootfsUrl());
    download(http, recipe.rootfsUrl(), squashfs);

    progress.step("converting the squashfs to rootfs.ext4 with the knaller SSH key");
    convert(squashfs, scratch, staging.rootfs());
    // The CI kernels are named after their release, e.g. .../vmlinux-6.1.102.
    Path name = Path.of(recipe.kernelUrl().getPath()).getFileName();
    return name == null ? "unknown" : name.toString();
  }

  private static void download(HttpClient http, URI url, Path target)
      throws ImageException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(DOWNLOAD_TIMEOUT).GET().build();
    try {
      HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(target));
      if (response.statusCode() != 200) {
        throw new ImageException(
            "downloading "
                + url
                + " answered HTTP "
                + response.statusCode()
                + "; check the URL (Firecracker's getting-started guide lists the current ones)");
      }
    } catch (IOException e) {
      throw new ImageException(
          "cannot download "
              + url
              + " ("
              + e
              + "): this machine may have no"
              + " internet access; build the default recipe instead, which needs only the Debian"
              + " mirrors in its apt sources",
          e);
    }
  }

  private void convert(Path squashfs, Path scratch, Path image)
      throws ImageException, InterruptedException {
    Path keys = writeKey(scratch.resolve("authorized_keys"));
    Optional<Path> fakeroot =
        host.isRoot() ? Optional.empty() : Optional.of(host.tool("fakeroot", "fakeroot"));
    List<String> argv = new java.util.ArrayList<>();
    fakeroot.ifPresent(path -> argv.addAll(List.of(path.toString(), "--")));
    argv.addAll(
        List.of(
            "sh",
            "-c",
            CONVERT,
            "sh",
            host.tool("unsquashfs", "squashfs-tools").toString(),
            scratch.resolve("tree").toString(),
            squashfs.toString(),
            keys.toString(),
            host.tool("mkfs.ext4", "e2fsprogs").toString(),
            image.toString(),
            recipe.imageSizeMib() + "M"));
    tools.run(
        ToolCommand.of("converting the Firecracker CI rootfs", Duration.ofMinutes(10), argv),
        line -> {});
  }

  private Path writeKey(Path file) throws ImageException {
    try {
      return Files.writeString(file, recipe.authorizedKey() + "\n");
    } catch (IOException e) {
      throw new ImageException("cannot write " + file, e);
    }
  }
}
