package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {
  private static final Manifest MANIFEST =
      new Manifest(
          "debian-bookworm",
          "a".repeat(64),
          "recipe=debian\nsources=Types: deb\n  URIs: \"quoted\" \\ tab\t",
          Instant.parse("2026-12-03T22:31:00Z"),
          Duration.ofSeconds(42),
          "6.1.0-57-cloud-amd64",
          List.of(
              new ImageFile("vmlinux", 53_243_444, "b".repeat(64)),
              new ImageFile("rootfs.ext4", 2_147_483_648L, "c".repeat(64))));

  @Test
  void writesTheFieldsAsJson() {
    String json = ManifestJson.write(MANIFEST);

    assertThat(json)
        .startsWith("{\n  \"format_version\": 1,\n  \"recipe\": \"debian-bookworm\",")
        .contains(
            "\"recipe_description\": \"recipe=debian\\nsources=Types: deb\\n  URIs:"
                + " \\\"quoted\\\" \\\\ tab\\t\"")
        .contains("\"built_at\": \"2026-12-03T22:31:00Z\"")
        .contains("{\"name\": \"rootfs.ext4\", \"size_bytes\": 2147483648, \"sha256\": \"ccc")
        .endsWith("  ]\n}\n");
  }

  @Test
  void readsBackWhatItWrote() {
    assertThat(ManifestJson.read(ManifestJson.write(MANIFEST))).contains(MANIFEST);
  }

  @Test
  void somethingElseIsNotAManifest() {
    assertThat(ManifestJson.read("{\"recipe\": 3}")).isEmpty();
    assertThat(ManifestJson.read("")).isEmpty();
  }
}
