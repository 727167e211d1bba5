package dev.knaller.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTableTest {
  private static final Instant BOOT = Instant.ofEpochSecond(1_700_000_000);
  private static final Path WEB = Path.of("/d/sockets/web.socket");
  private static final Path WEB_1 = Path.of("/d/sockets/web-1.socket");

  @TempDir Path proc;

  @Test
  void statIsParsedAfterTheLastParenthesisOfTheName() {
    String stat =
        "4242 (fire cracker) (x)) S 4100 4242 4100 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 12345 1000 10";

    ProcessInfo info =
        ProcessTable.parse(4242, stat, "a\0b\0".getBytes(StandardCharsets.UTF_8), BOOT);
    assertThat(info.parentPid()).isEqualTo(4100);
    assertThat(info.startedAt()).isEqualTo(BOOT.plus(Duration.ofMillis(123_450)));
    assertThat(info.argv()).containsExactly("a", "b");
  }

  @Test
  void argvKeepsEmptyArgumentsAndToleratesAMissingFinalNul() {
    assertThat(ProcessTable.argv("a\0\0c\0".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("a", "", "c");
    assertThat(ProcessTable.argv("a\0\0".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("a", "");
    assertThat(ProcessTable.argv("retitled".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("retitled");
    assertThat(ProcessTable.argv(new byte[0])).isEmpty();
  }

  @Test
  void bootTimeComesFromBtime() throws Exception {
    assertThat(ProcessTable.bootTime("cpu  1 2 3\nbtime 1700000000\nprocesses 9\n"))
        .isEqualTo(BOOT);
  }

  // Discovery: the innermost exact match wins; pasta and web-1's VM are not web's server.
  @Test
  void apiServersAreFoundForManySocketsInOnePass() throws Exception {
    Files.writeString(proc.resolve("stat"), "btime 1700000000\n");
    process(100, 1, "pasta", "-f", "--", "firecracker", "--api-sock", WEB.toString());
    process(101, 100, "firecracker", "--api-sock", WEB.toString(), "--id", "web");
    process(200, 1, "firecracker", "--api-sock", WEB_1.toString());
    process(300, 1, "firecracker", "--api-sock", WEB + ".old");
    process(400, 1, "firecracker", "--api-sock=" + WEB);
    Files.createDirectories(proc.resolve("self"));

    ProcessTable table = ProcessTable.read(proc);
    Map<Path, ProcessInfo> servers =
        table.apiServers(
            List.of(WEB, WEB_1, Path.of("/d/sockets/gone.socket")), ProcessTableTest::noLauncher);

    assertThat(servers).containsOnlyKeys(WEB, WEB_1);
    assertThat(servers.get(WEB).pid()).isEqualTo(101);
    assertThat(servers.get(WEB_1).pid()).isEqualTo(200);
    assertThat(table.apiServer(Path.of("/d/sockets/we.socket"), ProcessTableTest::noLauncher))
        .isEmpty();
  }

  // A launcher's sibling copy (a forked subshell) is no ancestor of the server and may be older:
  // only the launcher test keeps it out, and it alone never counts as a server.
  @Test
  void processesTheLauncherTestNamesAreNeverServers() {
    List<String> shell = List.of("/bin/sh", "/d/vms/web/launch.sh", "--api-sock", WEB.toString());
    ProcessInfo launcher = new ProcessInfo(10, 1, shell, BOOT);
    ProcessInfo watchdog = new ProcessInfo(12, 10, shell, BOOT.plusSeconds(1));
    ProcessInfo server =
        new ProcessInfo(11, 10, List.of("fc", "--api-sock", WEB.toString()), BOOT.plusSeconds(2));

    ProcessTable running = ProcessTable.of(List.of(launcher, server, watchdog));
    ProcessTable ended = ProcessTable.of(List.of(launcher, watchdog));

    assertThat(running.apiServer(WEB, ProcessTableTest::noLauncher)).contains(watchdog);
    assertThat(running.apiServer(WEB, ProcessTableTest::isShell)).contains(server);
    assertThat(ended.apiServer(WEB, ProcessTableTest::isShell)).isEmpty();
  }

  @Test
  void theNearestAncestorIsTheClosestAcceptedOne() {
    ProcessInfo init = new ProcessInfo(1, 0, List.of("init"), BOOT);
    ProcessInfo outer = new ProcessInfo(5, 1, List.of("pasta"), BOOT);
    ProcessInfo inner = new ProcessInfo(6, 5, List.of("pasta"), BOOT);
    ProcessInfo shell = new ProcessInfo(7, 6, List.of("sh"), BOOT);
    ProcessInfo leaf = new ProcessInfo(8, 7, List.of("fc"), BOOT);
    ProcessTable table = ProcessTable.of(List.of(init, outer, inner, shell, leaf));

    assertThat(table.nearestAncestor(leaf, p -> p.argv().contains("pasta"))).contains(inner);
    assertThat(table.nearestAncestor(leaf, p -> p.argv().contains("qemu"))).isEmpty();
    assertThat(table.nearestAncestor(init, p -> true)).isEmpty();
  }

  @Test
  void optionValuesFollowTheirFlag() {
    ProcessInfo pasta =
        new ProcessInfo(1, 0, List.of("pasta", "-t", "127.0.0.1/20022:22", "-t", "-u", "--"), BOOT);

    assertThat(pasta.optionValues("-t")).containsExactly("127.0.0.1/20022:22", "-u");
    assertThat(pasta.hasOption("-t", "127.0.0.1/20022:22")).isTrue();
    assertThat(pasta.hasOption("-t", "127.0.0.1/20022")).isFalse();
    assertThat(pasta.optionValues("--")).isEmpty();
  }

  @Test
  void processesVanishingDuringTheScanAreSkipped() throws Exception {
    Files.writeString(proc.resolve("stat"), "btime 1700000000\n");
    process(10, 1, "sleep", "1");
    Files.createDirectories(proc.resolve("11"));

    assertThat(ProcessTable.read(proc).processes())
        .extracting(ProcessInfo::pid)
        .containsExactly(10L);
  }

  @Test
  void theRealProcessTableFindsAChildByItsExactSocketArgument() throws Exception {
    Path socket = proc.resolve("web.socket");
    Instant before = Instant.now();
    ChildProcess web = ChildProcess.start(ChildSpec.of(holder(socket.toString())));
    ChildProcess longer = ChildProcess.start(ChildSpec.of(holder(socket + "x")));
    try {
      ProcessTable table = ProcessTable.read();
      ProcessInfo found = table.apiServer(socket, ProcessTableTest::noLauncher).orElseThrow();

      assertThat(found.pid()).isEqualTo(web.pid());
      assertThat(found.parentPid()).isEqualTo(ProcessHandle.current().pid());
      // btime has whole seconds and ticks are 10 ms, so allow a little more than a second.
      assertThat(found.startedAt()).isBetween(before.minusSeconds(2), Instant.now().plusSeconds(2));
      assertThat(table.byPid(ProcessHandle.current().pid())).isPresent();
    } finally {
      stopWithChildren(web);
      stopWithChildren(longer);
    }
  }

  // sh runs sleep as its own child (the trailing command keeps it from exec-ing sleep).
  private static List<String> holder(String socket) {
    return List.of("sh", "-c", "sleep 30; exit 0", "knaller-test", "--api-sock", socket);
  }

  private static void stopWithChildren(ChildProcess child) throws InterruptedException {
    child.handle().descendants().forEach(ProcessHandle::destroyForcibly);
    child.stop(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  private static boolean isShell(Path socket, List<String> argv) {
    return argv.get(0).equals("/bin/sh");
  }

  private static boolean noLauncher(Path socket, List<String> argv) {
    return false;
  }

  private void process(long pid, long parent, String... argv) throws Exception {
    Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
    Files.writeString(
        dir.resolve("stat"),
        pid
            + " ("
            + argv[0]
            + ") S "
            + parent
            + " 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 "
            + pid
            + " 0 0");
    Files.write(
        dir.resolve("cmdline"), (String.join("\0", argv) + "\0").getBytes(StandardCharsets.UTF_8));
  }
}
