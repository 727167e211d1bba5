package dev.knaller.network.pasta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.network.ToolFinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launch script for real inside a throw-away user, network and PID namespace ({@code
 * unshare -rn --pid --fork}, the script as PID 1), as pasta would, with the real {@code ip} and
 * {@code nft}. Its stdin is a pipe this test holds open (the owner alive) or closes (the owner
 * gone).
 */
class LaunchScriptTest {
  private static final Optional<Path> OWNER_STAYS = Optional.empty();
  @TempDir Path directory;
  private Path vmDirectory;
  private Path script;
  private Path socket;
  private Path ip;
  private Path nft;

  @BeforeEach
  void writeScript() throws Exception {
    ToolFinder tools = ToolFinder.system();
    ip = tools.find("ip").orElse(null);
    nft = tools.find("nft").orElse(null);
    assumeTrue(ip != null && nft != null, "needs ip (iproute2) and nft (nftables)");
    assumeTrue(tools.find("unshare").isPresent(), "needs unshare (util-linux)");
    assumeTrue(
        run(new ProcessBuilder(namespace(List.of("true"))), OWNER_STAYS).exitCode == 0,
        "needs unprivileged user and PID namespaces (unshare -rn --pid --fork)");
    vmDirectory = Files.createDirectory(directory.resolve("h o m e $(id)"));
    script = vmDirectory.resolve(LaunchScript.FILE_NAME);
    LaunchScript.writeTo(script);
    socket = directory.resolve("sockets/a b.socket");
  }

  @Test
  void buildsTheTapForwardingAndNatThenRunsTheProgramWithItsArgvIntact() throws Exception {
    Path out = directory.resolve("out");
    String report =
        "printf '%s\\n' \"$@\" > \"$OUT\"; \"$IP\" -4 -o addr show kn-test >> \"$OUT\";"
            + " cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/kn-test/route_localnet"
            + " >> \"$OUT\"; \"$NFT\" list ruleset >> \"$OUT\"";
    Result result =
        launch(
            "kn-test",
            List.of("/bin/sh", "-c", report, "sh", "a b", "$(touch x)", "*", "'"),
            out,
            OWNER_STAYS);

    assertThat(result.exitCode).as(result.stderr).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.subList(0, 4)).containsExactly("a b", "$(touch x)", "*", "'");
    String text = String.join("\n", lines);
    assertThat(text)
        .contains("inet 10.200.0.1/30")
        .contains("ip daddr 127.0.0.1 tcp dport 22 dnat to 10.200.0.2:22")
        .contains("oifname \"kn-test\" ip saddr 127.0.0.0/8 snat to 10.200.0.1")
        .contains("ip saddr 10.200.0.2 oifname != \"kn-test\" masquerade");
    assertThat(lines.subList(5, 7)).containsExactly("1", "1");
    assertThat(directory.resolve("x")).doesNotExist();
    assertThat(result.stderr).isEmpty();
  }

  @Test
  void aFailingStepIsNamedOnStderrAndTheProgramNeverRuns() throws Exception {
    nft = directory.resolve("no-such-nft");
    Path out = directory.resolve("out");

    Result result = launch("kn-test", List.of("/bin/sh", "-c", "touch \"$OUT\""), out, OWNER_STAYS);

    assertThat(result.exitCode).isEqualTo(127);
    assertThat(LaunchScript.failedStep(result.stderr.lines().toList()))
        .hasValue("install nftables NAT rules");
    assertThat(out).doesNotExist();
  }

  @Test
  void aTapNameWithAShellCharacterIsRefused() throws Exception {
    Result result = launch("kn;x", List.of("/bin/true"), directory.resolve("out"), OWNER_STAYS);

    assertThat(result.exitCode).isNotZero();
    assertThat(result.stderr).contains("knaller-launch: failed step: check TAP name 'kn;x'");
  }

  // The owner alive: the program's own status comes back, a signal's as 128 + N, files stay.
  @Test
  void whileTheOwnerLivesTheProgramsStatusIsTheScriptsAndNothingIsRemoved() throws Exception {
    ServerSocketChannel listener = listenOn(socket);
    try {
      Path out = directory.resolve("out");
      String program = "readlink /proc/self/fd/0 > \"$OUT\"; exit 3";

      Result exited = launch("kn-test", List.of("/bin/sh", "-c", program), out, OWNER_STAYS);
      Result killed =
          launch("kn-test", List.of("/bin/sh", "-c", "kill -KILL $$"), out, OWNER_STAYS);

      assertThat(exited.exitCode).as(exited.stderr).isEqualTo(3);
      assertThat(Files.readAllLines(out)).containsExactly("/dev/null");
      assertThat(killed.exitCode).as(killed.stderr).isEqualTo(128 + 9);
      assertThat(killed.stderr).isEmpty();
      assertThat(socket).exists();
      assertThat(script).exists();
    } finally {
      listener.close();
    }
  }

  @Test
  void whenTheOwnerIsGoneTheProgramGetsSigtermAndTheVmFilesAreRemoved() throws Exception {
    ServerSocketChannel listener = listenOn(socket);
    try {
      Path out = directory.resolve("out");
      String program =
          "trap 'echo TERM > \"$OUT\"; exit 7' TERM; touch \"$OUT.ready\"; sleep 60 & wait";

      Result result =
          launch("kn-test", List.of("/bin/sh", "-c", program), out, leavesOnce(out + ".ready"));

      assertThat(result.exitCode).as(result.stderr).isEqualTo(7);
      assertThat(Files.readAllLines(out)).containsExactly("TERM");
      assertThat(socket).doesNotExist();
      assertThat(vmDirectory).doesNotExist();
      assertThat(directory).exists();
    } finally {
      listener.close();
    }
  }

  // Such a program wakes the script while the watchdog is still at work: repeated, so a race
  // between the two would show.
  @Test
  void aProgramDyingAtOnceOnSigtermStillHasItsVmFilesRemoved() throws Exception {
    Path out = directory.resolve("out");
    String program = "touch \"$OUT.ready\"; exec sleep 60";
    for (int run = 1; run <= 10; run++) {
      Files.createDirectories(vmDirectory);
      LaunchScript.writeTo(script);
      Files.deleteIfExists(Path.of(out + ".ready"));
      ServerSocketChannel listener = listenOn(socket);
      try {
        Result result =
            launch("kn-test", List.of("/bin/sh", "-c", program), out, leavesOnce(out + ".ready"));

        assertThat(result.exitCode).as(result.stderr).isEqualTo(128 + 15);
        assertThat(socket).as("run %d", run).doesNotExist();
        assertThat(vmDirectory).as("run %d", run).doesNotExist();
      } finally {
        listener.close();
      }
    }
  }

  @Test
  void aProgramIgnoringSigtermIsKilledOnceTheOwnerIsGone() throws Exception {
    Path out = directory.resolve("out");
    String program = "trap '' TERM; touch \"$OUT.ready\"; sleep 60 & wait; wait";

    Result result =
        launch("kn-test", List.of("/bin/sh", "-c", program), out, leavesOnce(out + ".ready"));

    assertThat(result.exitCode).as(result.stderr).isEqualTo(128 + 9);
  }

  @Test
  void onlyTheShellRunningThisScriptIsTakenForIt() {
    List<String> fc = List.of("fc", "--api-sock", "/s");

    assertThat(LaunchScript.isRunBy(concat("/bin/sh", script.toString(), fc), script)).isTrue();
    assertThat(LaunchScript.isRunBy(concat("/bin/sh", script + "x", fc), script)).isFalse();
    assertThat(LaunchScript.isRunBy(concat("sh", script.toString(), fc), script)).isFalse();
    assertThat(LaunchScript.isRunBy(List.of("/bin/sh"), script)).isFalse();
  }

  @Test
  void failedStepTakesTheLastMarker() {
    assertThat(LaunchScript.failedStep(List.of("noise", LaunchScript.FAILURE_MARKER + "boot")))
        .hasValue("boot");
    assertThat(LaunchScript.failedStep(List.of("noise"))).isEmpty();
  }

  private Result launch(String tap, List<String> program, Path out, Optional<Path> ownerLeavesOnce)
      throws Exception {
    List<String> argv = new ArrayList<>(List.of("/bin/sh", script.toString()));
    argv.addAll(List.of(ip.toString(), nft.toString(), tap));
    argv.addAll(List.of("10.200.0.1/30", "10.200.0.1", "10.200.0.2", socket.toString()));
    argv.addAll(program);
    ProcessBuilder builder = new ProcessBuilder(namespace(argv));
    builder.environment().put("OUT", out.toString());
    builder.environment().put("IP", ip.toString());
    builder.environment().put("NFT", nft.toString());
    return run(builder, ownerLeavesOnce);
  }

  private static List<String> namespace(List<String> argv) {
    List<String> command = new ArrayList<>(List.of("unshare", "-rn", "--pid", "--fork"));
    command.addAll(argv);
    return command;
  }

  private static List<String> concat(String first, String second, List<String> rest) {
    List<String> argv = new ArrayList<>(List.of(first, second));
    argv.addAll(rest);
    return argv;
  }

  private static ServerSocketChannel listenOn(Path socket) throws IOException {
    Files.createDirectories(socket.getParent());
    ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    listener.bind(UnixDomainSocketAddress.of(socket));
    return listener;
  }

  private record Result(int exitCode, String stderr) {}

  // The program tells by a file that its trap is set: the owner leaves only then.
  private static Optional<Path> leavesOnce(String file) {
    return Optional.of(Path.of(file));
  }

  // Holding stdin open keeps the owner alive; closing it is the owner leaving (the file appeared).
  // stderr ends once the whole namespace has exited.
  private static Result run(ProcessBuilder builder, Optional<Path> ownerLeavesOnce)
      throws Exception {
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    OutputStream lifeline = process.getOutputStream();
    try {
      if (ownerLeavesOnce.isPresent()) {
        awaitFile(ownerLeavesOnce.get(), process);
        lifeline.close();
      }
      CompletableFuture<String> stderr =
          CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the launch script did not finish");
      }
      return new Result(process.exitValue(), stderr.get(20, TimeUnit.SECONDS));
    } finally {
      lifeline.close();
    }
  }

  private static void awaitFile(Path file, Process process) throws InterruptedException {
    for (int i = 0; i < 400 && !Files.exists(file) && process.isAlive(); i++) {
      Thread.sleep(25);
    }
  }

  private static String readAll(InputStream stream) {
    try {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
