package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import dev.knaller.VmNotFoundException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by a tester: {@code list} treats a link or a file in {@code vms/} as someone else's and
 * does not show it, but {@code stop --name} deletes it and reports "vm NAME stopped" for a VM that
 * never existed. With no socket and no real VM directory there is no such VM.
 */
class VmStopperEdgeTest {
  @TempDir Path data;

  @Test
  void aSymbolicLinkInVmsIsNoVmAndIsLeftAlone() throws Exception {
    KnallerPaths paths = new KnallerPaths(data);
    Path target = Files.createDirectories(data.resolve("elsewhere"));
    Files.createDirectories(paths.vmsDirectory());
    Path link = paths.vmDirectory(new VmName("lnk"));
    Files.createSymbolicLink(link, target);

    assertThatThrownBy(() -> new VmStopper(paths, Duration.ofSeconds(1)).stop("lnk"))
        .isInstanceOf(VmNotFoundException.class);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aFileInVmsIsNoVmAndIsLeftAlone() throws Exception {
    KnallerPaths paths = new KnallerPaths(data);
    Files.createDirectories(paths.vmsDirectory());
    Path file = Files.writeString(paths.vmDirectory(new VmName("afile")), "not knaller's");

    assertThatThrownBy(() -> new VmStopper(paths, Duration.ofSeconds(1)).stop("afile"))
        .isInstanceOf(VmNotFoundException.class);
    assertThat(Files.exists(file, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }
}
