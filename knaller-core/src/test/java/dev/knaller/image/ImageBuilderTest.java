package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageBuilderTest {
  private static final String KEY = "ssh-ed25519 AAAAC3Nza knaller";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T22:00:00Z"), ZoneOffset.UTC);

  @TempDir Path data;
  @TempDir Path etc;

  private final List<List<String>> ran = new ArrayList<>();

  @Test
  void anUnchangedRecipeReusesTheImageWithoutRunningTools() throws Exception {
    DebianRecipe recipe = DebianRecipe.bookworm("", KEY);
    ImageBuilder builder = builder(recordingTools());
    writeImage(builder.layout(), recipe.cacheKey());

    BuiltImage image = builder.build(recipe, false, BuildProgress.SILENT);

    assertThat(image.freshlyBuilt()).isFalse();
    assertThat(image.manifest().recipeHash()).isEqualTo(recipe.cacheKey());
    assertThat(ran).isEmpty();
  }

  @Test
  void startingUsesAnyCompleteImageEvenFromAnOlderRecipe() throws Exception {
    ImageBuilder builder = builder(recordingTools());
    writeImage(builder.layout(), "0".repeat(64));

    BuiltImage image = builder.ensureDefaultImage(BuildProgress.SILENT);

    assertThat(image.freshlyBuilt()).isFalse();
    assertThat(image.manifest().recipeHash()).isEqualTo("0".repeat(64));
    assertThat(ran).isEmpty();
  }

  @Test
  void aChangedRecipeOrForceBuildsAgain() throws Exception {
    DebianRecipe recipe = DebianRecipe.bookworm("", KEY);
    ImageBuilder builder = builder(recordingTools());
    writeImage(builder.layout(), "0".repeat(64));

    assertThat(builder.existing(recipe)).isEmpty();
    assertThatThrownBy(() -> builder.build(recipe, false, BuildProgress.SILENT))
        .isInstanceOf(ImageException.class);
    assertThat(ran).isNotEmpty();
  }

  @Test
  void aTruncatedImageFileIsNotReused() throws Exception {
    DebianRecipe recipe = DebianRecipe.bookworm("", KEY);
    ImageBuilder builder = builder(recordingTools());
    writeImage(builder.layout(), recipe.cacheKey());
    Files.write(builder.layout().rootfs(), new byte[3]);

    assertThat(builder.existing(recipe)).isEmpty();
  }

  @Test
  void aFailedBuildKeepsThePreviousImageAndLeavesNoStagingDirectory() throws Exception {
    DebianRecipe recipe = DebianRecipe.bookworm("", KEY);
    ImageBuilder builder = builder(recordingTools());
    writeImage(builder.layout(), "0".repeat(64));
    String before = Files.readString(builder.layout().manifest());

    assertThatThrownBy(() -> builder.build(recipe, true, BuildProgress.SILENT))
        .isInstanceOf(ToolFailedException.class)
        .hasMessageContaining("bootstrapping Debian failed: mmdebstrap exited 25");

    assertThat(Files.readString(builder.layout().manifest())).isEqualTo(before);
    try (Stream<Path> images = Files.list(data.resolve("images"))) {
      assertThat(images.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("default", ".build.lock");
    }
  }

  @Test
  void aKilledBuildsStagingDirectoryIsRemovedByTheNextBuild() throws Exception {
    ImageBuilder builder = builder(recordingTools());
    Path stale = Files.createDirectories(data.resolve("images/.build-123/.scratch/tree/proc"));
    stale.toFile().setWritable(false);

    assertThatThrownBy(
            () -> builder.build(DebianRecipe.bookworm("", KEY), false, BuildProgress.SILENT))
        .isInstanceOf(ToolFailedException.class);

    assertThat(data.resolve("images/.build-123")).doesNotExist();
  }

  @Test
  void aFirecrackerCiRecipeWithoutConsentIsRefusedBeforeAnythingIsCreated() throws Exception {
    FirecrackerCiRecipe recipe =
        new FirecrackerCiRecipe(
            URI.create("https://example.invalid/k"),
            URI.create("https://example.invalid/r"),
            false,
            2048,
            KEY);

    assertThatThrownBy(() -> builder(recordingTools()).build(recipe, false, BuildProgress.SILENT))
        .hasMessageContaining("--allow-download");
    assertThat(data.resolve("images")).as("no lock file, no staging directory").doesNotExist();
    assertThat(ran).isEmpty();
  }

  private ImageBuilder builder(ToolRunner tools) throws Exception {
    // Root mode needs no subordinate ids; mmdebstrap must be "found" for the runner to be asked.
    Path bin = Files.createDirectories(etc.resolve("bin"));
    Path mmdebstrap = Files.writeString(bin.resolve("mmdebstrap"), "#!/bin/sh\nexit 25\n");
    mmdebstrap.toFile().setExecutable(true);
    HostFacts host = new HostFacts(0, "root", etc, Map.of("PATH", bin.toString()));
    return new ImageBuilder(data, host, tools, CLOCK);
  }

  private ToolRunner recordingTools() {
    return (command, lines) -> {
      ran.add(command.argv());
      throw new ToolFailedException(command.step(), "mmdebstrap", 25, List.of("E: no network"));
    };
  }

  private static void writeImage(ImageLayout layout, String recipeHash) throws Exception {
    Files.createDirectories(layout.directory());
    List<ImageFile> files = new ArrayList<>();
    for (Path file :
        List.of(layout.vmlinux(), layout.vmlinuz(), layout.initrd(), layout.rootfs())) {
      Files.writeString(file, file.getFileName().toString());
      files.add(new ImageFile(file.getFileName().toString(), Files.size(file), "0".repeat(64)));
    }
    Manifest manifest =
        new Manifest(
            "debian-bookworm",
            recipeHash,
            "recipe=debian",
            CLOCK.instant(),
            Duration.ofSeconds(1),
            "6.1.0-57-cloud-amd64",
            files);
    Files.writeString(layout.manifest(), ManifestJson.write(manifest));
  }
}
