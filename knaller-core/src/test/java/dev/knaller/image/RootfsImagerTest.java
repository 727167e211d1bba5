package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.network.ToolFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootfsImagerTest {
  @TempDir Path dir;

  @Test
  void unpacksAndFormatsInOneFakerootSession() {
    List<String> argv =
        RootfsImager.argv(
            Optional.of(Path.of("/usr/bin/fakeroot")),
            Path.of("/usr/sbin/mkfs.ext4"),
            Path.of("/s/r.tar"),
            Path.of("/s/tree"),
            Path.of("/i/rootfs.ext4"),
            2048);

    assertThat(argv)
        .containsExactly(
            "/usr/bin/fakeroot",
            "--",
            "sh",
            "-c",
            "tar -xpf \"$1\" -C \"$2\" && \"$3\" -q -F -L knaller-root -d \"$2\" \"$4\" \"$5\"",
            "sh",
            "/s/r.tar",
            "/s/tree",
            "/usr/sbin/mkfs.ext4",
            "/i/rootfs.ext4",
            "2048M");
  }

  @Test
  void rootOwnedAndSetuidFilesSurviveAsANormalUser() throws Exception {
    HostFacts host = HostFacts.current();
    ToolFinder tools = host.tools();
    assumeTrue(!host.isRoot(), "runs as a normal user to prove fakeroot keeps owners");
    Optional<Path> fakeroot = find(tools, "fakeroot");
    Optional<Path> mkfs = find(tools, "mkfs.ext4");
    Optional<Path> debugfs = find(tools, "debugfs");
    assumeTrue(
        fakeroot.isPresent() && mkfs.isPresent() && debugfs.isPresent(),
        "needs fakeroot, mkfs.ext4 and debugfs (packages fakeroot, e2fsprogs)");
    Path tarball = setuidTarball();
    Path image = dir.resolve("rootfs.ext4");

    run(
        RootfsImager.argv(
            fakeroot, mkfs.get(), tarball, Files.createDirectory(dir.resolve("t")), image, 16));

    List<String> stat = new ArrayList<>();
    new ProcessToolRunner()
        .run(
            ToolCommand.of(
                "debugfs",
                Duration.ofSeconds(20),
                List.of(debugfs.get().toString(), "-R", "stat /bin/tool", image.toString())),
            stat::add);
    assertThat(String.join("\n", stat)).contains("Mode:  04755").contains("User:     0");
    assertThat(Files.size(image)).isEqualTo(16L << 20);
  }

  private Path setuidTarball() throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/bin"));
    Files.writeString(source.resolve("tool"), "#!/bin/sh\n");
    Path tarball = dir.resolve("r.tar");
    run(
        List.of(
            "tar",
            "--owner=0",
            "--group=0",
            "--mode=4755",
            "-cf",
            tarball.toString(),
            "-C",
            dir.resolve("src").toString(),
            "."));
    return tarball;
  }

  private static void run(List<String> argv) throws Exception {
    new ProcessToolRunner().run(ToolCommand.of("test", Duration.ofSeconds(60), argv), l -> {});
  }

  private static Optional<Path> find(ToolFinder tools, String program) {
    return tools.find(program);
  }
}
