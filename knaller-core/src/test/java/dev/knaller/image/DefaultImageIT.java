package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Builds (or reuses, when the recipe is unchanged) the user's real default image, as CI's first
 * end-to-end step does, and checks what is inside: an ELF vmlinux of the recorded size, a rootfs
 * with the recorded hash, root's key, no SSH host keys, setuid bits, and knaller's units enabled.
 * Runs as a normal user with mmdebstrap's prerequisites; a first build takes minutes and fetches
 * packages from the Debian mirrors in the machine's apt sources.
 */
class DefaultImageIT {
  @Test
  void theDefaultImageHoldsWhatTheGuestNeeds() throws Exception {
    HostFacts host = HostFacts.current();
    assumeTrue(!host.isRoot(), "builds the CI user's image; as root it would build root's");
    assumeTrue(
        installed(host, "mmdebstrap") && installed(host, "fakeroot") && installed(host, "debugfs"),
        "needs mmdebstrap, fakeroot and debugfs (packages mmdebstrap, fakeroot, e2fsprogs)");
    assumeTrue(
        SubordinateIds.read(host.etc()).hasRangeFor(host.user(), host.uid()),
        "user " + host.user() + " has no subordinate ids for mmdebstrap --mode=unshare");
    ImageBuilder builder = ImageBuilder.forCurrentUser();
    DebianRecipe recipe = builder.defaultRecipe();

    BuiltImage image = builder.build(recipe, false, BuildProgress.SILENT);

    ImageLayout layout = image.layout();
    Manifest manifest = image.manifest();
    assertThat(manifest.recipeHash()).isEqualTo(recipe.cacheKey());
    assertThat(Files.readAllBytes(layout.vmlinux())).startsWith(0x7F, 'E', 'L', 'F');
    assertThat(Files.size(layout.vmlinux()))
        .isEqualTo(manifest.file("vmlinux").orElseThrow().sizeBytes());
    assertThat(Digests.sha256Hex(layout.rootfs()))
        .isEqualTo(manifest.file("rootfs.ext4").orElseThrow().sha256());
    assertThat(debugfs(layout.rootfs(), "cat /root/.ssh/authorized_keys"))
        .contains(recipe.authorizedKey());
    assertThat(debugfs(layout.rootfs(), "ls /etc/ssh")).doesNotContain("ssh_host_");
    assertThat(debugfs(layout.rootfs(), "stat /usr/bin/passwd")).contains("Mode:  04755");
    assertThat(debugfs(layout.rootfs(), "ls /etc/systemd/system/ssh.service.requires"))
        .contains("knaller-host-keys.service");
    assertThat(debugfs(layout.rootfs(), "ls /etc/systemd/system/multi-user.target.wants"))
        .contains("knaller-net.service");
  }

  private static boolean installed(HostFacts host, String program) {
    return host.tools().find(program).isPresent();
  }

  private static String debugfs(Path image, String request) throws Exception {
    Path debugfs = HostFacts.current().tool("debugfs", "e2fsprogs");
    List<String> output = new ArrayList<>();
    new ProcessToolRunner()
        .run(
            ToolCommand.of(
                "debugfs",
                Duration.ofSeconds(30),
                List.of(debugfs.toString(), "-R", request, image.toString())),
            output::add);
    return String.join("\n", output);
  }
}
