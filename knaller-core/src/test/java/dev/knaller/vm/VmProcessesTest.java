package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import dev.knaller.network.pasta.NamespaceNetwork;
import dev.knaller.network.pasta.PastaCommand;
import dev.knaller.process.ProcessInfo;
import dev.knaller.process.ProcessTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discovery on process tables shaped like a running VM: pasta, the launch shell (PID 1 of the
 * namespace) and its forked watchdog, and Firecracker, each with the argv {@code /proc} shows.
 */
class VmProcessesTest {
  private static final Instant BOOT = Instant.ofEpochSecond(1_700_000_000);
  private static final KnallerPaths PATHS =
      new KnallerPaths(Path.of("/home/u s/.local/share/knaller"));
  private static final VmLayout WEB = new VmLayout(PATHS, new VmName("web"));
  private static final VmLayout WEB_1 = new VmLayout(PATHS, new VmName("web-1"));
  private static final List<String> EMULATOR =
      List.of(
          "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java",
          "-XX:TieredStopAtLevel=1",
          "-cp",
          "/src/knaller-emulator/target/knaller-emulator-0.1.0-SNAPSHOT.jar",
          "dev.knaller.emulator.Main");

  @Test
  void firecrackerIsFoundBesideAnOlderWatchdogThatRepeatsItsArgv() {
    List<String> pasta = pastaArgv(WEB, List.of("/usr/bin/firecracker"));
    ProcessTable table =
        ProcessTable.of(
            List.of(
                process(100, 50, pasta, 0),
                process(101, 100, shellArgv(pasta), 1),
                process(103, 101, shellArgv(pasta), 2),
                process(102, 101, firecrackerArgv(WEB, List.of("/usr/bin/firecracker")), 3)));
    VmProcesses processes = new VmProcesses(PATHS, table);

    ProcessInfo firecracker = processes.firecracker(WEB.socket()).orElseThrow();

    assertThat(firecracker.pid()).isEqualTo(102);
    assertThat(processes.pasta(firecracker)).map(ProcessInfo::pid).contains(100L);
  }

  @Test
  void theEmulatorThroughItsLauncherIsFoundTooAndAnotherVmsProcessesAreNot() {
    List<String> web = pastaArgv(WEB, EMULATOR);
    List<String> web1 = pastaArgv(WEB_1, List.of("/usr/bin/firecracker"));
    ProcessTable table =
        ProcessTable.of(
            List.of(
                process(100, 50, web, 0),
                process(101, 100, shellArgv(web), 1),
                process(102, 101, firecrackerArgv(WEB, EMULATOR), 2),
                process(200, 50, web1, 0),
                process(201, 200, shellArgv(web1), 1),
                process(202, 201, firecrackerArgv(WEB_1, List.of("/usr/bin/firecracker")), 2)));
    VmProcesses processes = new VmProcesses(PATHS, table);

    assertThat(processes.firecrackers(List.of(WEB.socket(), WEB_1.socket())))
        .hasEntrySatisfying(WEB.socket(), server -> assertThat(server.pid()).isEqualTo(102))
        .hasEntrySatisfying(WEB_1.socket(), server -> assertThat(server.pid()).isEqualTo(202));
  }

  // Firecracker has exited; the shell (and its watchdog) are still removing files or exiting.
  @Test
  void aLaunchShellOutlivingFirecrackerIsNoServer() {
    List<String> pasta = pastaArgv(WEB, List.of("/usr/bin/firecracker"));
    ProcessTable table =
        ProcessTable.of(
            List.of(
                process(100, 50, pasta, 0),
                process(101, 100, shellArgv(pasta), 1),
                process(103, 101, shellArgv(pasta), 2)));

    assertThat(new VmProcesses(PATHS, table).firecracker(WEB.socket())).isEmpty();
  }

  @Test
  void onlyThisVmsLaunchScriptMakesAShellALauncher() {
    List<String> fc = firecrackerArgv(WEB, List.of("fc"));
    VmProcesses processes = new VmProcesses(PATHS, ProcessTable.of(List.of()));

    assertThat(processes.isLauncher(WEB.socket(), launched("/bin/sh", WEB, fc))).isTrue();
    assertThat(processes.isLauncher(WEB.socket(), launched("/bin/sh", WEB_1, fc))).isFalse();
    assertThat(processes.isLauncher(WEB.socket(), launched("/bin/bash", WEB, fc))).isFalse();
    assertThat(processes.isLauncher(WEB.socket(), fc)).isFalse();
    assertThat(processes.isLauncher(WEB.socket(), List.of("/usr/bin/pasta", "--"))).isTrue();
    assertThat(processes.isLauncher(Path.of("/d/NOT A NAME.socket"), fc)).isFalse();
  }

  private static List<String> launched(String shell, VmLayout layout, List<String> program) {
    List<String> argv = new ArrayList<>(List.of(shell, layout.launchScript().toString()));
    argv.addAll(program);
    return argv;
  }

  // Shared with SymlinkedDataDirectoryTest: a VM's pasta as knaller builds its argv.
  static List<String> pastaArgv(VmLayout layout, List<String> firecracker) {
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
            firecrackerArgv(layout, firecracker),
            false)
        .argv();
  }

  // What pasta runs: everything after its "--".
  private static List<String> shellArgv(List<String> pasta) {
    return pasta.subList(pasta.indexOf("--") + 1, pasta.size());
  }

  static List<String> firecrackerArgv(VmLayout layout, List<String> program) {
    List<String> argv = new ArrayList<>(program);
    argv.addAll(List.of("--api-sock", layout.socket().toString(), "--id", layout.name().value()));
    return argv;
  }

  static ProcessInfo process(long pid, long parent, List<String> argv, int second) {
    return new ProcessInfo(pid, parent, argv, BOOT.plusSeconds(second));
  }
}
