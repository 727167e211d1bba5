package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MmdebstrapCommandTest {
  private static final String KEY = "ssh-ed25519 AAAAC3Nza knaller";

  @Test
  void buildsATarballInUnshareModeFromTheGivenSources() {
    DebianRecipe recipe =
        new DebianRecipe(
            "bookworm", "minbase", List.of("systemd", "udev"), "Types: deb\n", 2048, KEY);

    List<String> argv =
        MmdebstrapCommand.argv(
            Path.of("/usr/bin/mmdebstrap"),
            recipe,
            BootstrapMode.UNSHARE,
            Optional.of(Path.of("/tmp/g/apt.sources")),
            Path.of("/d/r.tar"));

    assertThat(argv)
        .containsExactly(
            "/usr/bin/mmdebstrap",
            "--mode=unshare",
            "--variant=minbase",
            "--format=tar",
            "--include=systemd,udev",
            "--dpkgopt=force-confdef",
            "--dpkgopt=force-confold",
            "--aptopt=Acquire::Retries \"3\"",
            "--essential-hook=\"$KNALLER_GUEST_FILES/essential-hook.sh\" \"$1\"",
            "--customize-hook=\"$KNALLER_GUEST_FILES/customize-hook.sh\" \"$1\"",
            "--",
            "bookworm",
            "/d/r.tar",
            "/tmp/g/apt.sources");
  }

  @Test
  void withoutSourcesLeavesTheMirrorToMmdebstrap() {
    DebianRecipe recipe = DebianRecipe.bookworm("", KEY);

    List<String> argv =
        MmdebstrapCommand.argv(
            Path.of("mmdebstrap"), recipe, BootstrapMode.ROOT, Optional.empty(), Path.of("r.tar"));

    assertThat(argv).contains("--mode=root").endsWith("--", "bookworm", "r.tar");
  }
}
