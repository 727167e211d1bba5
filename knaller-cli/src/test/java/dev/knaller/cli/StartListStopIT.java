package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.VmName;
import dev.knaller.vm.BootArgs;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The main job through real pasta with the emulator as Firecracker: start, list, stop. */
class StartListStopIT extends EndToEndTestBase {
  private static final Pattern READY =
      Pattern.compile("vm e2e-main is running \\(pid (\\d+), guest IP ([0-9.]+)\\)");
  private static final Pattern SSH = Pattern.compile("ssh: ssh .*-p (\\d+) .*root@127\\.0\\.0\\.1");

  @Test
  void startListStopLeavesNothingBehind() throws Exception {
    // The emulator then refuses the network interface unless the TAP exists in its namespace.
    e2e.with("KNALLER_EMULATOR_TAP_CHECK", "on");
    CliProcess start = e2e.startRunning("e2e-main", "--cpus", "2");
    Matcher ready = READY.matcher(start.stdout());
    assertThat(ready.find()).as(start.stdout()).isTrue();
    Matcher ssh = SSH.matcher(start.awaitStdoutLine("ssh: ", Duration.ofSeconds(5)).orElseThrow());
    assertThat(ssh.matches()).isTrue();
    String port = ssh.group(1);

    CliProcess list = e2e.run("list", "--json");
    assertThat(list.awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    assertThat(list.stdout())
        .contains("\"name\":\"e2e-main\",\"state\":\"running\",\"vcpus\":2,\"memory_mib\":256")
        .contains("\"guest_ip\":\"" + ready.group(2) + "\"")
        .contains("\"ssh_port\":" + port + ",\"pid\":" + ready.group(1) + ",");

    assertThat(Listeners.tcp(Integer.parseInt(port))).containsExactly("127.0.0.1:" + port);

    CliProcess stop = e2e.run("stop", "--name", "e2e-main");
    assertThat(stop.awaitExit(EndToEnd.COMMAND_TIMEOUT)).as(stop.stderr()).isZero();
    assertThat(start.awaitExit(Duration.ofSeconds(30))).isZero();
    assertThat(start.stderr()).contains("vm e2e-main ended");
    e2e.assertNothingLeft("e2e-main");
    assertThat(Listeners.tcp(Integer.parseInt(port))).isEmpty();
  }

  // The longest name and the longest extra arguments knaller allows still fit Firecracker's
  // 2047-byte command line: the emulator refuses PUT /boot-source beyond it, as Firecracker does.
  @Test
  void theLongestNameAndBootArgumentsFitFirecrackersCommandLine() throws Exception {
    String name = "e2e-" + "n".repeat(VmName.MAX_LENGTH - 4);
    String bootArgs = "a=" + "x".repeat(BootArgs.MAX_EXTRA_LENGTH - 2);
    CliProcess start = e2e.startRunning(name, "--boot-args", bootArgs);

    CliProcess stop = e2e.run("stop", "--name", name);
    assertThat(stop.awaitExit(EndToEnd.COMMAND_TIMEOUT)).as(stop.stderr()).isZero();
    assertThat(start.awaitExit(Duration.ofSeconds(30))).isZero();
    e2e.assertNothingLeft(name);
  }

  @Test
  void aVmKilledFromOutsideEndsTheForegroundStartWithFailure() throws Exception {
    CliProcess start = e2e.startRunning("e2e-killed");
    Matcher ready = Pattern.compile("is running \\(pid (\\d+),").matcher(start.stdout());
    assertThat(ready.find()).as(start.stdout()).isTrue();

    new ProcessBuilder("kill", "-KILL", ready.group(1)).start().waitFor();

    assertThat(start.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
    assertThat(start.stderr())
        .contains("vm e2e-killed ended unexpectedly (exit status 137, killed by signal 9)");
    e2e.assertNothingLeft("e2e-killed");
  }

  @Test
  void sigtermToTheForegroundStartStopsTheVmAndCleansUp() throws Exception {
    CliProcess start = e2e.startRunning("e2e-term");

    start.signal("TERM");

    start.awaitExit(Duration.ofSeconds(30));
    assertThat(start.stderr()).contains("vm e2e-term stopped and cleaned up");
    e2e.assertNothingLeft("e2e-term");
  }

  @Test
  void sigtermWhileTheStartWaitsForBootUndoesTheStart() throws Exception {
    e2e.with("KNALLER_EMULATOR_LATENCY_MS", "InstanceStart=3000");
    CliProcess start = e2e.launch(e2e.startArgs("e2e-midboot"));
    for (int i = 0; i < 600 && !java.nio.file.Files.exists(e2e.socket("e2e-midboot")); i++) {
      Thread.sleep(50);
    }
    Thread.sleep(300);

    start.signal("TERM");

    start.awaitExit(Duration.ofSeconds(30));
    assertThat(start.stdout()).doesNotContain("is running");
    assertThat(start.stderr()).contains("vm e2e-midboot stopped and cleaned up");
    e2e.assertNothingLeft("e2e-midboot");
  }

  @Test
  void aGuestIgnoringCtrlAltDelIsStoppedBySignalsAfterTheGrace() throws Exception {
    e2e.with("KNALLER_EMULATOR_CTRL_ALT_DEL", "ignore");
    CliProcess start = e2e.startRunning("e2e-stubborn");

    CliProcess stop = e2e.run("stop", "--name", "e2e-stubborn", "--timeout", "1");

    assertThat(stop.awaitExit(EndToEnd.COMMAND_TIMEOUT)).as(stop.stderr()).isZero();
    // Stopped by name, even though by signals: the foreground start did what was asked.
    assertThat(start.awaitExit(Duration.ofSeconds(30))).as(start.stderr()).isZero();
    e2e.assertNothingLeft("e2e-stubborn");
  }

  @Test
  void anOlderFirecrackerIsNotGivenEnablePci() throws Exception {
    e2e.with("KNALLER_EMULATOR_VERSION", "1.10.1");
    CliProcess start = e2e.startRunning("e2e-old");

    assertThat(EndToEnd.processesMentioning("--api-sock " + e2e.socket("e2e-old")))
        .isNotEmpty()
        .noneMatch(line -> line.contains("--enable-pci"));

    assertThat(e2e.run("stop", "--name", "e2e-old").awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    start.awaitExit(Duration.ofSeconds(30));
    e2e.assertNothingLeft("e2e-old");
  }
}
