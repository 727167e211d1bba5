package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import dev.knaller.network.pasta.NamespaceNetwork;
import dev.knaller.network.pasta.PastaCommand;
import dev.knaller.process.ProcessInfo;
import dev.knaller.process.ProcessTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
  private static final Instant BOOT = Instant.ofEpochSecond(1_700_000_000);

  @TempDir Path dir;

  @Test
  void theFirecrackerOfASocketIsFoundWhicheverPathToTheDataDirectoryItWasStartedWith()
      throws Exception {
    Path real = Files.createDirectories(dir.resolve("data/knaller/sockets")).getParent();
    Path link =
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("data")).resolve("knaller");
    VmLayout startedAs = new VmLayout(new KnallerPaths(link), new VmName("web"));
    KnallerPaths listedAs = new KnallerPaths(real);
    List<String> firecracker = firecrackerArgv(startedAs);
    List<String> pasta = pastaArgv(startedAs, firecracker);
    ProcessTable table =
        ProcessTable.of(
            List.of(
                process(100, 50, pasta, 0),
                process(101, 100, pasta.subList(pasta.indexOf("--") + 1, pasta.size()), 1),
                process(102, 101, firecracker, 2)));

    assertThat(Files.isSameFile(startedAs.socket().getParent(), real.resolve("sockets"))).isTrue();
    assertThat(
            new VmProcesses(listedAs, table)
                .firecracker(listedAs.socketPath(new VmName("web")))
                .map(ProcessInfo::pid))
        .as("the Firecracker serving the same socket file, named through the symlink")
        .contains(102L);
  }

  private static List<String> pastaArgv(VmLayout layout, List<String> firecracker) {
    NamespaceNetwork network =
        new NamespaceNetwork("kn-web", "10.200.0.1/30", "10.200.0.1", "10.200.0.2");
    return new PastaCommand(
            Path.of("/usr/bin/pasta"),
            24022,
            layout.launchScript(),
            Path.of("/usr/sbin/ip"),
            Path.of("/usr/sbin/nft"),
            network,
            layout.socket(),
            firecracker,
            false)
        .argv();
  }

  private static List<String> firecrackerArgv(VmLayout layout) {
    List<String> argv = new ArrayList<>(List.of("/usr/bin/firecracker"));
    argv.addAll(List.of("--api-sock", layout.socket().toString(), "--id", "web"));
    return argv;
  }

  private static ProcessInfo process(long pid, long parent, List<String> argv, int second) {
    return new ProcessInfo(pid, parent, argv, BOOT.plusSeconds(second));
  }
}
