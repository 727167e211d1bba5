package dev.knaller.image;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The alternative to building Debian: download the kernel and root filesystem that Firecracker's
 * own CI uses (an ELF {@code vmlinux} with its drivers built in, so no initrd, and an Ubuntu
 * squashfs), published in the {@code spec.ccfc.min} S3 bucket as shown in Firecracker's
 * getting-started guide, then turn the squashfs into ext4 with the user's key baked in.
 *
 * <p>It needs internet access and an explicit opt-in ({@code allowDownload}); without both it fails
 * with a message saying so. No vmlinuz is produced: QEMU boots such a vmlinux only through its PVH
 * note.
 */
public record FirecrackerCiRecipe(
    URI kernelUrl, URI rootfsUrl, boolean allowDownload, long imageSizeMib, String authorizedKey)
    implements Recipe {

  public FirecrackerCiRecipe {
    authorizedKey = authorizedKey.strip();
    requireHttp(kernelUrl, "kernel URL");
    requireHttp(rootfsUrl, "rootfs URL");
  }

  @Override
  public String name() {
    return "firecracker-ci";
  }

  @Override
  public String description() {
    return String.join(
        "\n",
        "recipe=firecracker-ci",
        "kernel-url=" + kernelUrl,
        "rootfs-url=" + rootfsUrl,
        "image-size-mib=" + imageSizeMib,
        "authorized-key=" + authorizedKey);
  }

  /** Fails unless the user allowed the download. */
  void checkAllowed() throws ImageException {
    if (!allowDownload) {
      throw new ImageException(
          "recipe firecracker-ci downloads "
              + kernelUrl
              + " and "
              + rootfsUrl
              + " from the internet, which knaller never does unasked: pass"
              + " --allow-download to allow it, or use the default recipe"
              + " (Debian from this machine's"
              + " apt sources)");
    }
  }

  /**
   * What is wrong with {@code url} as a download address, e.g. {@code "'file:///k' must be an
   * http(s) URL with a host, e.g. ..."}, or nothing when it is fine. Lets a caller check user input
   * before it creates anything (a key pair, a recipe).
   */
  public static Optional<String> urlProblem(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if ((scheme.equals("https") || scheme.equals("http")) && url.getHost() != null) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + url
            + "' must be an http(s) URL with a host,"
            + " e.g. https://s3.amazonaws.com/spec.ccfc.min/firecracker-ci/...");
  }

  private static void requireHttp(URI url, String what) {
    Optional<String> problem = urlProblem(url);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(what + " " + problem.get());
    }
  }
}
