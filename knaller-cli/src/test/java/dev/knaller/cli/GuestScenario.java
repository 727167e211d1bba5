package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.network.DnsServers;
import dev.knaller.network.Ipv4Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 4's end-to-end scenario on one booted guest, step by step: the SSH command knaller prints,
 * the guest's network as knaller planned it, {@code list}, and the end through {@code stop} or
 * Ctrl+C with nothing left. Works with any {@code firecracker}: the emulator's QEMU backend, or the
 * real one where KVM works.
 */
final class GuestScenario {
  private static final Duration RUNNING_TIMEOUT = Duration.ofMinutes(2);
  // TCG boots the Debian guest to sshd in 20-60 s alone; two shared cores make it slower.
  private static final Duration SSH_READY_TIMEOUT = Duration.ofMinutes(6);
  private static final Duration SSH_ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration END_TIMEOUT = Duration.ofSeconds(90);
  // The guest kernel's last console line once systemd has shut down after Ctrl+Alt+Del.
  static final String GUEST_REBOOTED = "reboot: Restarting system";

  private final EndToEnd e2e;
  private final String name;
  private final Path scratch;
  private final CliProcess start;
  private final Matcher ready;
  private final List<String> sshCommand;
  private final int sshPort;
  private final String networkNamespace;
  private final boolean hostLoopback;

  private GuestScenario(
      EndToEnd e2e,
      String name,
      Path scratch,
      CliProcess start,
      Matcher ready,
      boolean hostLoopback)
      throws IOException, InterruptedException {
    this.hostLoopback = hostLoopback;
    this.e2e = e2e;
    this.name = name;
    this.scratch = scratch;
    this.start = start;
    this.ready = ready;
    String line = start.awaitStdoutLine("ssh: ", Duration.ofSeconds(5)).orElseThrow();
    this.sshCommand = ShellWords.split(line.substring("ssh: ".length()));
    this.sshPort = Integer.parseInt(sshCommand.get(sshCommand.indexOf("-p") + 1));
    this.networkNamespace = Files.readSymbolicLink(Path.of("/proc", pid(), "ns", "net")).toString();
    // The end's check can see the VM's namespace, and it is pasta's, not this test's.
    assertThat(processesIn(networkNamespace)).contains(pid());
    assertThat(networkNamespace)
        .isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString());
  }

  /**
   * Step 2, first half: {@code knaller start --name NAME} runs and prints the SSH command. Boot one
   * asks for {@code --host-loopback}, so the guest can reach a test server on the host's loopback;
   * boot two runs with the default, in which pasta's gateway mapping is off.
   */
  static GuestScenario start(
      EndToEnd e2e, String name, Path firecracker, Path scratch, boolean hostLoopback)
      throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "start",
                "--name",
                name,
                "--cpus",
                "2",
                "--mem",
                "512",
                "--verbose",
                "--firecracker",
                firecracker.toString()));
    if (hostLoopback) {
      args.add("--host-loopback");
    }
    CliProcess start = e2e.launch(args);
    Optional<String> running = start.awaitStdoutLine("vm " + name + " is running", RUNNING_TIMEOUT);
    assertThat(running).as("start output; stderr: %s", start.stderr()).isPresent();
    Matcher ready =
        Pattern.compile("vm " + name + " is running \\(pid (\\d+), guest IP ([0-9.]+)\\)")
            .matcher(running.get());
    assertThat(ready.matches()).as(running.get()).isTrue();
    return new GuestScenario(e2e, name, scratch, start, ready, hostLoopback);
  }

  String pid() {
    return ready.group(1);
  }

  String guestIp() {
    return ready.group(2);
  }

  /** Boot one: the printed SSH command, the network, list, pause, knaller ssh, then stop. */
  void proveEveryStepEndingWithStop() throws Exception {
    sshReachesTheGuest();
    guestNetworkIsWhatKnallerPlanned();
    listShowsTheVm();
    pauseStopsTheGuestUntilResumed();
    knallerSshRunsACommand();
    stopEndsTheGuest();

    nothingIsLeft();
  }

  /**
   * Boot two: by default pasta runs with {@code --no-map-gw}; the guest answers SSH, then Ctrl+C on
   * the foreground start ends it. (That the guest then cannot reach the host's loopback is not
   * tried: without the mapping, the gateway address is the real gateway of the host's network,
   * which no test may send traffic to.)
   */
  void proveCtrlCEndsIt() throws Exception {
    pastaMapsTheGatewayOntoHostLoopback(false);
    sshReachesTheGuest();
    ctrlCEndsTheGuest();

    nothingIsLeft();
  }

  /** Step 2, second half: exactly the printed command reaches sshd and runs a command. */
  void sshReachesTheGuest() throws IOException, InterruptedException {
    assertThat(sshCommand).startsWith("ssh").contains("UserKnownHostsFile=/dev/null");
    Instant deadline = Instant.now().plus(SSH_READY_TIMEOUT);
    GuestCommand attempt = inGuest("echo knaller-ssh-ok");
    while (attempt.exitCode() != 0 && Instant.now().isBefore(deadline) && start.isAlive()) {
      Thread.sleep(2000);
      attempt = inGuest("echo knaller-ssh-ok");
    }
    assertThat(attempt.exitCode())
        .as("ssh %s: %s; console and knaller: %s", sshCommand, attempt.stderr(), start.stderr())
        .isZero();
    assertThat(attempt.stdout()).isEqualTo("knaller-ssh-ok\n");
  }

  /**
   * Step 3: eth0, the default route and resolv.conf are what knaller put in {@code ip=}; that is
   * its derivation (the host's DNS servers); and the guest reaches a TCP server on the host's
   * loopback through pasta's gateway mapping.
   */
  void guestNetworkIsWhatKnallerPlanned() throws Exception {
    List<String> ip = ipArgument();
    assertThat(ip.get(0)).isEqualTo(guestIp());
    assertThat(guest("ip -4 -o addr show dev eth0")).contains("inet " + guestIp() + "/30 ");
    assertThat(guest("ip -4 route show default"))
        .startsWith("default via " + ip.get(2) + " dev eth0");
    List<String> dns = ip.subList(7, 9).stream().filter(s -> !s.isEmpty()).toList();
    assertThat(dns)
        .containsExactlyElementsOf(
            DnsServers.forVm(hostLoopback).stream().map(Ipv4Address::toString).toList());
    String resolvConf = guest("cat /etc/resolv.conf");
    for (String server : dns) {
      assertThat(resolvConf).contains("nameserver " + server);
    }
    guestReachesTheHostLoopback();
  }

  // pasta is an ancestor of Firecracker (its parent, or the launch script's); its argv says
  // whether the mapping is on.
  private void pastaMapsTheGatewayOntoHostLoopback(boolean expected) throws IOException {
    List<String> pastaArgv = pastaArgv();
    assertThat(pastaArgv.contains("--no-map-gw"))
        .as("pasta argv %s", pastaArgv)
        .isEqualTo(!expected);
  }

  private List<String> pastaArgv() throws IOException {
    String process = pid();
    for (int depth = 0; depth < 3; depth++) {
      String stat = Files.readString(Path.of("/proc", process, "stat"));
      process = stat.substring(stat.lastIndexOf(") ") + 2).split(" ", -1)[1];
      List<String> argv =
          List.of(Files.readString(Path.of("/proc", process, "cmdline")).split("\0", -1));
      if (argv.get(0).endsWith("pasta")) {
        return argv;
      }
    }
    throw new AssertionError("no pasta among the ancestors of Firecracker " + pid());
  }

  private void guestReachesTheHostLoopback() throws Exception {
    pastaMapsTheGatewayOntoHostLoopback(true);
    Optional<String> gateway = HostNetwork.defaultGateway();
    assertThat(gateway).as("the host's default route, which pasta maps to loopback").isPresent();
    String token = "knaller-host-" + ProcessHandle.current().pid();
    try (HostNetwork.TokenServer server = new HostNetwork.TokenServer(token)) {
      String read =
          guest("timeout 30 bash -c 'cat < /dev/tcp/" + gateway.get() + "/" + server.port() + "'");
      assertThat(read).isEqualTo(token + "\n");
      assertThat(server.clients.get()).isEqualTo(1);
    }
  }

  /**
   * PATCH /vm Paused stops the guest's vCPUs (the QEMU backend pauses QEMU): ssh gets no answer
   * until Resumed.
   */
  void pauseStopsTheGuestUntilResumed() throws Exception {
    try (FirecrackerClient client = FirecrackerClient.open(e2e.socket(name))) {
      client.pauseVm();
      GuestCommand whilePaused =
          GuestCommand.run(GuestCommand.with(sshCommand, "true"), Duration.ofSeconds(8), scratch);
      client.resumeVm();
      assertThat(whilePaused.exitCode()).as("ssh while paused: %s", whilePaused).isNotZero();
    }
    assertThat(guest("echo resumed")).isEqualTo("resumed\n");
  }

  /** Step 4: {@code list} and {@code list --json} show the VM with the facts start reported. */
  void listShowsTheVm() throws IOException, InterruptedException {
    CliProcess json = e2e.run("list", "--json");
    assertThat(json.awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    assertThat(json.stdout())
        .contains("\"name\":\"" + name + "\",\"state\":\"running\",\"vcpus\":2,\"memory_mib\":512")
        .contains("\"guest_ip\":\"" + guestIp() + "\"")
        .contains("\"ssh_port\":" + sshPort + ",\"pid\":" + pid() + ",");
    CliProcess table = e2e.run("list");
    assertThat(table.awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    assertThat(table.stdout().lines().filter(line -> line.startsWith(name + " ")))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line.split("\\s+", -1))
                    .contains("running", "2", guestIp(), Integer.toString(sshPort), pid()));
  }

  /** {@code knaller ssh NAME -- COMMAND} runs the command in the guest with the right key. */
  void knallerSshRunsACommand() throws IOException, InterruptedException {
    CliProcess ssh = e2e.run("ssh", name, "--", "echo", "via-knaller-ssh", "$(hostname)");
    assertThat(ssh.awaitExit(EndToEnd.COMMAND_TIMEOUT)).as(ssh.stderr()).isZero();
    assertThat(ssh.stdout()).isEqualTo("via-knaller-ssh " + name);
  }

  /** Step 5: {@code knaller stop}: Ctrl+Alt+Del shuts the guest down and the process exits 0. */
  void stopEndsTheGuest() throws IOException, InterruptedException {
    CliProcess stop = e2e.run("stop", "--name", name, "--timeout", "60");
    assertThat(stop.awaitExit(EndToEnd.COMMAND_TIMEOUT)).as(stop.stderr()).isZero();
    assertThat(start.awaitExit(END_TIMEOUT)).isZero();
    assertThat(start.stderr())
        .contains(GUEST_REBOOTED)
        .contains("vm " + name + " ended (exit status 0)");
  }

  /** Step 6: Ctrl+C on the foreground start does the same. */
  void ctrlCEndsTheGuest() throws IOException, InterruptedException {
    start.signal("INT");
    // The JVM exits 128 + SIGINT after its shutdown hooks, as a shell reports an interrupted job.
    assertThat(start.awaitExit(END_TIMEOUT)).isEqualTo(130);
    assertThat(start.stderr())
        .contains(GUEST_REBOOTED)
        .contains("vm " + name + " stopped and cleaned up");
  }

  /**
   * No process, socket, VM directory, forwarded port or network namespace (with its TAP) is left.
   */
  void nothingIsLeft() throws IOException, InterruptedException {
    e2e.assertNothingLeft(name);
    assertThat(Listeners.tcp(sshPort)).isEmpty();
    assertThat(processesIn(networkNamespace)).as("processes in %s", networkNamespace).isEmpty();
  }

  private GuestCommand inGuest(String command) throws IOException, InterruptedException {
    return GuestCommand.run(GuestCommand.with(sshCommand, command), SSH_ATTEMPT_TIMEOUT, scratch);
  }

  private String guest(String command) throws IOException, InterruptedException {
    GuestCommand result = inGuest(command);
    assertThat(result.exitCode()).as("%s: %s", command, result.stderr()).isZero();
    return result.stdout();
  }

  /** The fields of the {@code ip=} argument knaller gave this VM, read back from its API. */
  private List<String> ipArgument() throws Exception {
    try (FirecrackerClient client = FirecrackerClient.open(e2e.socket(name))) {
      String bootArgs = client.vmConfig().bootSource().bootArgs();
      Matcher ip = Pattern.compile("(?:^| )ip=(\\S+)").matcher(bootArgs);
      assertThat(ip.find()).as(bootArgs).isTrue();
      return List.of(ip.group(1).split(":", -1));
    }
  }

  /**
   * A network namespace lives while a process is in it (pasta pins none with a mount); a TAP lives
   * in its namespace. So no process in it means neither is left.
   */
  private static List<String> processesIn(String namespace) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          if (Files.readSymbolicLink(entry.resolve("ns/net")).toString().equals(namespace)) {
            found.add(entry.getFileName().toString());
          }
        } catch (IOException e) {
          // Another user's process, or gone during the scan.
        }
      }
    }
    return found;
  }
}
