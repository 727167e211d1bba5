package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.network.PortAllocator;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What {@code list} shows for frozen and dead VMs, and starts in awkward surroundings. */
class DiscoveryIT extends EndToEndTestBase {
  private static final Pattern PID = Pattern.compile("is running \\(pid (\\d+),");

  @Test
  void aFrozenVmIsListedAsUnresponsiveWithoutHangingTheList() throws Exception {
    CliProcess start = e2e.startRunning("e2e-frozen");
    long pid = pid(start);
    signal("STOP", pid);
    try {
      CliProcess list = e2e.run("list");

      assertThat(list.awaitExit(Duration.ofSeconds(20))).isZero();
      assertThat(list.stdout()).containsPattern("e2e-frozen +unresponsive +- +- +- +\\d+ +" + pid);
    } finally {
      signal("CONT", pid);
    }
    assertThat(e2e.run("stop", "--name", "e2e-frozen").awaitExit(EndToEnd.COMMAND_TIMEOUT))
        .isZero();
    start.awaitExit(Duration.ofSeconds(30));
    e2e.assertNothingLeft("e2e-frozen");
  }

  @Test
  void aVmKilledWithItsCliIsListedAsDeadAndItsStaleSocketDoesNotBlockANewStart() throws Exception {
    CliProcess start = e2e.startRunning("e2e-stale");
    killWithoutAnyCleanup(start, pid(start));

    CliProcess list = e2e.run("list");
    assertThat(list.stdout()).containsPattern("e2e-stale +dead");
    assertThat(e2e.socket("e2e-stale")).exists();

    CliProcess again = e2e.startRunning("e2e-stale");
    CliProcess stop = e2e.run("stop", "--name", "e2e-stale");
    assertThat(stop.awaitExit(EndToEnd.COMMAND_TIMEOUT)).as(stop.stderr()).isZero();
    again.awaitExit(Duration.ofSeconds(30));
    e2e.assertNothingLeft("e2e-stale");
  }

  // Before the lifeline, this VM lived on, not started, until a stop or a new start ended it.
  @Test
  void aStartKilledWithSigkillMidStartEndsItsNotStartedVmByItself() throws Exception {
    // The boot then waits 20 s inside the emulator: the CLI dies while the VM is not started.
    e2e.with("KNALLER_EMULATOR_LATENCY_MS", "InstanceStart=20000");
    CliProcess start = e2e.launch(e2e.startArgs("e2e-orphan"));
    for (int i = 0; i < 600 && !java.nio.file.Files.exists(e2e.socket("e2e-orphan")); i++) {
      Thread.sleep(50);
    }
    assertThat(EndToEnd.someProcessHas("--api-sock", e2e.socket("e2e-orphan").toString())).isTrue();

    start.kill();

    awaitNoProcessOfTheTest();
    e2e.assertNothingLeft("e2e-orphan");
    assertThat(e2e.run("list").stdout()).doesNotContain("e2e-orphan");
    CliProcess stop = e2e.run("stop", "--name", "e2e-orphan", "--timeout", "1");
    assertThat(stop.awaitExit(EndToEnd.COMMAND_TIMEOUT)).isNotZero();
    assertThat(stop.stderr()).contains("no vm named e2e-orphan");
  }

  @Test
  void stoppingADeadVmOnlyCleansUp() throws Exception {
    CliProcess start = e2e.startRunning("e2e-dead");
    killWithoutAnyCleanup(start, pid(start));

    CliProcess stop = e2e.run("stop", "--name", "e2e-dead");

    assertThat(stop.awaitExit(EndToEnd.COMMAND_TIMEOUT)).as(stop.stderr()).isZero();
    e2e.assertNothingLeft("e2e-dead");
    assertThat(e2e.run("list").stdout()).doesNotContain("e2e-dead");
  }

  @Test
  void aDataDirectoryWithSpacesWorksForStartListAndStop() throws Exception {
    Path spaced = Files.createDirectories(directory.resolve("h o m e"));
    e2e.with("XDG_DATA_HOME", spaced.toString());
    CliProcess start = e2e.startRunning("e2e-spaces");

    Path socket = spaced.resolve("knaller/sockets/e2e-spaces.socket");
    assertThat(socket).exists();
    assertThat(directory.resolve("h")).doesNotExist();
    assertThat(EndToEnd.someProcessHas("--api-sock", socket.toString())).isTrue();
    assertThat(e2e.run("list").stdout()).contains("e2e-spaces  running");

    assertThat(e2e.run("stop", "--name", "e2e-spaces").awaitExit(EndToEnd.COMMAND_TIMEOUT))
        .isZero();
    start.awaitExit(Duration.ofSeconds(30));
    assertThat(socket).doesNotExist();
    assertThat(EndToEnd.processesMentioning(spaced.toString())).isEmpty();
  }

  @Test
  void aTakenPreferredPortMovesTheForwardToAFreeOneThatListShows() throws Exception {
    int preferred = PortAllocator.preferredPort("e2e-port");
    try (ServerSocket taken = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
      CliProcess start = e2e.startRunning("e2e-port");

      String ssh = start.awaitStdoutLine("ssh: ", Duration.ofSeconds(5)).orElseThrow();
      Matcher port = Pattern.compile("-p (\\d+) ").matcher(ssh);
      assertThat(port.find()).isTrue();
      assertThat(Integer.parseInt(port.group(1))).isNotEqualTo(preferred);
      assertThat(e2e.run("list", "--json").stdout()).contains("\"ssh_port\":" + port.group(1));

      assertThat(e2e.run("stop", "--name", "e2e-port").awaitExit(EndToEnd.COMMAND_TIMEOUT))
          .isZero();
      start.awaitExit(Duration.ofSeconds(30));
      assertThat(taken.isBound()).isTrue();
    }
    e2e.assertNothingLeft("e2e-port");
  }

  @Test
  void twoVmsWithSimilarNamesRunSideBySideEachInItsOwnNamespace() throws Exception {
    CliProcess first = e2e.startRunning("web-server-1");
    CliProcess second = e2e.startRunning("web-server-2");

    String list = e2e.run("list").stdout();
    assertThat(list)
        .containsPattern("web-server-1 +running")
        .containsPattern("web-server-2 +running");
    assertThat(port(first)).isNotEqualTo(port(second));

    assertThat(e2e.run("stop", "--name", "web-server-1").awaitExit(EndToEnd.COMMAND_TIMEOUT))
        .isZero();
    first.awaitExit(Duration.ofSeconds(30));
    assertThat(e2e.run("list").stdout()).doesNotContain("web-server-1").contains("web-server-2");
    assertThat(e2e.run("stop", "--name", "web-server-2").awaitExit(EndToEnd.COMMAND_TIMEOUT))
        .isZero();
    second.awaitExit(Duration.ofSeconds(30));
    e2e.assertNothingLeft("web-server-1");
    e2e.assertNothingLeft("web-server-2");
  }

  private static String port(CliProcess start) throws InterruptedException {
    String ssh = start.awaitStdoutLine("ssh: ", Duration.ofSeconds(5)).orElseThrow();
    Matcher port = Pattern.compile("-p (\\d+) ").matcher(ssh);
    assertThat(port.find()).isTrue();
    return port.group(1);
  }

  private static long pid(CliProcess start) {
    Matcher pid = PID.matcher(start.stdout());
    assertThat(pid.find()).as(start.stdout()).isTrue();
    return Long.parseLong(pid.group(1));
  }

  private static void signal(String signal, long pid) throws Exception {
    new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).start().waitFor();
  }

  // A VM that dies with nobody cleaning up: the CLI is frozen first, so it neither cleans up nor
  // lets its lifeline close while Firecracker is killed and the launch script (seeing an owner
  // still there) exits without removing anything; then the CLI is killed too. What stays is a
  // stale socket and VM directory, as after a host crash.
  private void killWithoutAnyCleanup(CliProcess start, long firecracker) throws Exception {
    start.signal("STOP");
    signal("KILL", firecracker);
    awaitGone(firecracker);
    awaitNoProcessOfTheTest();
    start.kill();
  }

  private void awaitNoProcessOfTheTest() throws Exception {
    String data = e2e.dataDirectory().toString();
    for (int i = 0; i < 600 && !EndToEnd.processesMentioning(data).isEmpty(); i++) {
      Thread.sleep(50);
    }
    assertThat(EndToEnd.processesMentioning(data)).isEmpty();
  }

  private static void awaitGone(long pid) throws InterruptedException {
    for (int i = 0;
        i < 200 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        i++) {
      Thread.sleep(50);
    }
  }
}
