package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import dev.knaller.process.ProcessInfo;
import dev.knaller.process.ProcessTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A VM started with the data directory reached through a symlink (XDG_DATA_HOME=/x/link, link ->
 * /x/data) is found when {@code list}, {@code stop} or {@code start} reach the same directory by
 * its real path (or through another link). Discovery compares the argv's {@code --api-sock} text
 * with the socket path text, so both must be built from one canonical data directory; before, a
 * live, answering VM showed as {@code dead} with no PID or SSH port, and {@code stop}/{@code start}
 * refused it with "something listens on ... but no Firecracker of knaller's serves it".
 */
class SymlinkedDataDirectoryTest {

  @TempDir Path dir;

  @Test
  void theFirecrackerOfASocketIsFoundWhicheverPathToTheDataDirectoryItWasStartedWith()
      throws Exception {
    Path real = Files.createDirectories(dir.resolve("data/knaller/sockets")).getParent();
    Path link =
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("data")).resolve("knaller");
    VmLayout startedAs = new VmLayout(new KnallerPaths(link), new VmName("web"));
    KnallerPaths listedAs = new KnallerPaths(real);
    List<String> binary = List.of("/usr/bin/firecracker");
    List<String> firecracker = VmProcessesTest.firecrackerArgv(startedAs, binary);
    List<String> pasta = VmProcessesTest.pastaArgv(startedAs, binary);
    ProcessTable table =
        ProcessTable.of(
            List.of(
                VmProcessesTest.process(100, 50, pasta, 0),
                VmProcessesTest.process(
                    101, 100, pasta.subList(pasta.indexOf("--") + 1, pasta.size()), 1),
                VmProcessesTest.process(102, 101, firecracker, 2)));

    assertThat(Files.isSameFile(startedAs.socket().getParent(), real.resolve("sockets"))).isTrue();
    assertThat(
            new VmProcesses(listedAs, table)
                .firecracker(listedAs.socketPath(new VmName("web")))
                .map(ProcessInfo::pid))
        .as("the Firecracker serving the same socket file, named through the symlink")
        .contains(102L);
  }
}
