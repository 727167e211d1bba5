package dev.knaller.image;

import java.util.List;

/**
 * A Debian guest bootstrapped with mmdebstrap: suite, variant, extra packages, the apt sources
 * (deb822 text; empty means mmdebstrap's default mirrors), the ext4 size, and the public key root
 * accepts. The guest files knaller bakes in are part of the description too.
 */
public record DebianRecipe(
    String suite,
    String variant,
    List<String> packages,
    String sources,
    long imageSizeMib,
    String authorizedKey)
    implements Recipe {

  /** What a user expects on a small server, plus the cloud kernel (virtio drivers as modules). */
  public static final List<String> DEFAULT_PACKAGES =
      List.of(
          "systemd",
          "systemd-sysv",
          "dbus",
          "udev",
          "openssh-server",
          "iproute2",
          "iputils-ping",
          "ca-certificates",
          "procps",
          "less",
          "netbase",
          "kmod",
          "linux-image-cloud-amd64");

  public static final long DEFAULT_IMAGE_SIZE_MIB = 2048;

  public DebianRecipe {
    packages = List.copyOf(packages);
    authorizedKey = authorizedKey.strip();
    if (imageSizeMib < 512) {
      throw new IllegalArgumentException(
          "imageSizeMib " + imageSizeMib + " is too small for a Debian guest: give at least 512");
    }
    if (!authorizedKey.startsWith("ssh-")) {
      throw new IllegalArgumentException("authorizedKey must be an OpenSSH public key line");
    }
  }

  /** Debian 12 (bookworm), minbase plus {@link #DEFAULT_PACKAGES}, 2 GiB sparse. */
  public static DebianRecipe bookworm(String sources, String authorizedKey) {
    return new DebianRecipe(
        "bookworm", "minbase", DEFAULT_PACKAGES, sources, DEFAULT_IMAGE_SIZE_MIB, authorizedKey);
  }

  @Override
  public String name() {
    return "debian-" + suite;
  }

  @Override
  public String description() {
    return String.join(
        "\n",
        "recipe=debian",
        "suite=" + suite,
        "variant=" + variant,
        "packages=" + String.join(",", packages),
        "image-size-mib=" + imageSizeMib,
        "authorized-key=" + authorizedKey,
        "guest-files=" + GuestFiles.digest(),
        "sources=" + sources.strip().replace("\n", "\n  "));
  }
}
