package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeTest {
  private static final String KEY = "ssh-ed25519 AAAAC3Nza knaller";

  @Test
  void theCacheKeyIsStableForTheSameInputs() {
    assertThat(DebianRecipe.bookworm("Types: deb\n", KEY).cacheKey())
        .isEqualTo(DebianRecipe.bookworm("Types: deb\n", KEY).cacheKey())
        .hasSize(64);
  }

  @Test
  void everyInputChangesTheCacheKey() {
    String base = DebianRecipe.bookworm("Types: deb\n", KEY).cacheKey();

    assertThat(
            List.of(
                DebianRecipe.bookworm("Types: deb\nURIs: http://other\n", KEY).cacheKey(),
                DebianRecipe.bookworm("Types: deb\n", "ssh-ed25519 BBBB other").cacheKey(),
                new DebianRecipe(
                        "bookworm",
                        "important",
                        DebianRecipe.DEFAULT_PACKAGES,
                        "Types: deb\n",
                        2048,
                        KEY)
                    .cacheKey(),
                new DebianRecipe(
                        "bookworm", "minbase", List.of("systemd"), "Types: deb\n", 2048, KEY)
                    .cacheKey(),
                new DebianRecipe(
                        "bookworm",
                        "minbase",
                        DebianRecipe.DEFAULT_PACKAGES,
                        "Types: deb\n",
                        4096,
                        KEY)
                    .cacheKey()))
        .doesNotContain(base)
        .doesNotHaveDuplicates();
  }

  @Test
  void theDescriptionCoversTheGuestFilesBakedIn() {
    assertThat(DebianRecipe.bookworm("", KEY).description())
        .contains("guest-files=" + GuestFiles.digest())
        .contains("packages=systemd,systemd-sysv,")
        .contains("linux-image-cloud-amd64");
  }

  @Test
  void aRecipeNeedsAnOpenSshKeyAndRoomForDebian() {
    assertThatThrownBy(() -> DebianRecipe.bookworm("", "not a key"))
        .hasMessageContaining("OpenSSH public key");
    assertThatThrownBy(() -> new DebianRecipe("bookworm", "minbase", List.of(), "", 100, KEY))
        .hasMessageContaining("imageSizeMib 100 is too small");
  }

  @Test
  void firecrackerCiRefusesToDownloadUnlessAllowed() {
    FirecrackerCiRecipe recipe =
        new FirecrackerCiRecipe(
            URI.create("https://example.invalid/k"),
            URI.create("https://example.invalid/r.squashfs"),
            false,
            2048,
            KEY);

    assertThatThrownBy(recipe::checkAllowed)
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("recipe firecracker-ci downloads https://example.invalid/k")
        .hasMessageContaining("pass --allow-download");
  }

  @Test
  void firecrackerCiNeedsHttpUrls() {
    assertThatThrownBy(
            () ->
                new FirecrackerCiRecipe(
                    URI.create("file:///k"), URI.create("https://h/r"), true, 2048, KEY))
        .hasMessageContaining("kernel URL 'file:///k' must be an http(s) URL with a host");
  }

  @Test
  void aDownloadUrlCanBeCheckedBeforeARecipeExists() {
    assertThat(FirecrackerCiRecipe.urlProblem(URI.create("https://127.0.0.1:1/k"))).isEmpty();
    assertThat(FirecrackerCiRecipe.urlProblem(URI.create("http://h/k"))).isEmpty();
    assertThat(FirecrackerCiRecipe.urlProblem(URI.create("file:///k")))
        .hasValueSatisfying(p -> assertThat(p).startsWith("'file:///k' must be an http(s) URL"));
    assertThat(FirecrackerCiRecipe.urlProblem(URI.create("https:relative"))).isPresent();
  }
}
