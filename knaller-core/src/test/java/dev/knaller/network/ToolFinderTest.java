package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolFinderTest {
  @TempDir Path dir;

  // B22 (a): a Debian user's PATH lacks /usr/sbin, where ip and nft live.
  @Test
  void toolsMissingFromPathAreFoundInTheFallbackDirectories() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path sbin = Files.createDirectories(dir.resolve("sbin"));
    Path nft = executable(sbin.resolve("nft"));
    Path pasta = executable(bin.resolve("pasta"));

    ToolFinder finder = new ToolFinder(bin.toString(), List.of(sbin));
    assertThat(finder.find(Tool.NFT)).contains(nft);
    assertThat(finder.find(Tool.PASTA)).contains(pasta);
    assertThat(finder.find(Tool.IP)).isEmpty();
  }

  @Test
  void pathOrderWinsAndNonExecutablesAreSkipped() throws Exception {
    Path first = Files.createDirectories(dir.resolve("first"));
    Path second = Files.createDirectories(dir.resolve("second"));
    Files.writeString(first.resolve("ip"), "not executable");
    Path ip = executable(second.resolve("ip"));
    executable(Files.createDirectories(dir.resolve("third")).resolve("ip"));

    ToolFinder finder =
        new ToolFinder(first + ":" + second + ":" + dir.resolve("third"), List.of());
    assertThat(finder.find("ip")).contains(ip);
  }

  @Test
  void emptyAndRelativePathEntriesAreIgnored() {
    ToolFinder finder = new ToolFinder(":relative:/usr/bin:", List.of(Path.of("/sbin")));

    assertThat(finder.directories()).containsExactly(Path.of("/usr/bin"), Path.of("/sbin"));
  }

  @Test
  void systemFinderSearchesSbinAfterPath() {
    assertThat(ToolFinder.system().directories()).endsWith(Path.of("/usr/sbin"), Path.of("/sbin"));
  }

  static Path executable(Path file) throws Exception {
    Files.writeString(file, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
