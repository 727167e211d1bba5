package dev.knaller.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mmdebstrap argv for a {@link DebianRecipe}: a tarball (the only output that keeps owners,
 * setuid bits and device nodes without root), knaller's hooks, and dpkg told to keep existing
 * config files. That dpkg setting stays in the image, so apt in the guest never asks either.
 */
public final class MmdebstrapCommand {
  /** Environment variable naming the directory with the guest files, read by the hooks. */
  public static final String GUEST_FILES_VARIABLE = "KNALLER_GUEST_FILES";

  /** Environment variable naming the file with root's authorized key, read by the hooks. */
  public static final String AUTHORIZED_KEYS_VARIABLE = "KNALLER_AUTHORIZED_KEYS";

  private MmdebstrapCommand() {}

  /**
   * The argv. The hooks run under sh with the image root as {@code $1}; their paths come from the
   * environment, so no path needs shell quoting. {@code sourcesFile}, when present, is pasted into
   * the image's apt sources (mmdebstrap takes an existing file as a MIRROR argument); without it
   * mmdebstrap uses deb.debian.org with the updates and security suites.
   */
  public static List<String> argv(
      Path mmdebstrap,
      DebianRecipe recipe,
      BootstrapMode mode,
      Optional<Path> sourcesFile,
      Path tarball) {
    List<String> argv =
        new ArrayList<>(
            List.of(
                mmdebstrap.toString(),
                "--mode=" + mode.mmdebstrapMode(),
                "--variant=" + recipe.variant(),
                "--format=tar",
                "--include=" + String.join(",", recipe.packages()),
                "--dpkgopt=force-confdef",
                "--dpkgopt=force-confold",
                "--aptopt=Acquire::Retries \"3\"",
                "--essential-hook=" + hook(GuestFiles.ESSENTIAL_HOOK),
                "--customize-hook=" + hook(GuestFiles.CUSTOMIZE_HOOK),
                "--",
                recipe.suite(),
                tarball.toString()));
    sourcesFile.ifPresent(file -> argv.add(file.toString()));
    return argv;
  }

  private static String hook(String script) {
    return "\"$" + GUEST_FILES_VARIABLE + "/" + script + "\" \"$1\"";
  }
}
