package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code knaller image build} is refused with exit 2 before anything exists in the
 * data directory: no key pair, no lock file, no staging directory. The URLs point at 127.0.0.1 port
 * 1 and are refused before any connection.
 */
class ImageBuildCommandTest {
  private static final String KERNEL = "https://127.0.0.1:1/k";
  private static final String ROOTFS = "https://127.0.0.1:1/r";

  @TempDir Path home;

  @Test
  void aFileUrlIsBadInputNamingTheOptionAndTheRule() {
    CliRun run =
        build(
            "--recipe",
            "firecracker-ci",
            "--kernel-url",
            "file:///k",
            "--rootfs-url",
            ROOTFS,
            "--allow-download");

    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .startsWith("knaller: --kernel-url 'file:///k' must be an http(s) URL with a host, e.g.")
        .doesNotContain("unexpected failure")
        .doesNotContain("\tat ");
    assertThat(data()).doesNotExist();
  }

  @Test
  void theRootfsUrlIsCheckedToo() {
    CliRun run =
        build("--recipe", "firecracker-ci", "--kernel-url", KERNEL, "--rootfs-url", "r.squashfs");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("--rootfs-url 'r.squashfs' must be an http(s) URL");
    assertThat(data()).doesNotExist();
  }

  @Test
  void aDownloadWithoutAllowDownloadIsBadUsageAndCreatesNothing() {
    CliRun run =
        build("--recipe", "firecracker-ci", "--kernel-url", KERNEL, "--rootfs-url", ROOTFS);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .contains("downloads " + KERNEL + " and " + ROOTFS)
        .contains("add --allow-download")
        .contains("knaller image build --help");
    assertThat(data()).as("no ssh/ key pair, no images/.build.lock").doesNotExist();
  }

  @Test
  void downloadOptionsWithTheDebianRecipeAreRejectedBeforeABuildStarts() {
    CliRun run =
        build(
            "--recipe",
            "debian",
            "--kernel-url",
            KERNEL,
            "--rootfs-url",
            ROOTFS,
            "--allow-download");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr())
        .contains(
            "--kernel-url, --rootfs-url, --allow-download apply only to --recipe firecracker-ci;"
                + " leave them out to build Debian, or add --recipe firecracker-ci");
    assertThat(data()).doesNotExist();
  }

  @Test
  void theDefaultRecipeRejectsALoneAllowDownloadToo() {
    CliRun run = build("--allow-download");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("--allow-download applies only to --recipe firecracker-ci");
    assertThat(data()).doesNotExist();
  }

  @Test
  void anUnknownRecipeNamesBothKnownOnes() {
    CliRun run = build("--recipe", "alpine");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("--recipe 'alpine' is unknown; use debian or firecracker-ci");
    assertThat(data()).doesNotExist();
  }

  private CliRun build(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "image";
    args[1] = "build";
    System.arraycopy(options, 0, args, 2, options.length);
    return CliRun.of(data(), args);
  }

  private Path data() {
    return home.resolve("knaller");
  }
}
