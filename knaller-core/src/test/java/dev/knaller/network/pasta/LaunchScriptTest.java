package dev.knaller.network.pasta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.network.ToolFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launch script for real inside a throw-away user and network namespace ({@code unshare
 * -rn}), as pasta would, with the real {@code ip} and {@code nft}.
 */
class LaunchScriptTest {
  @TempDir Path directory;
  private Path script;
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
        run(List.of("unshare", "-rn", "true")).exitCode == 0,
        "needs unprivileged user namespaces (unshare -rn)");
    Path odd = Files.createDirectory(directory.resolve("h o m e $(id)"));
    script = odd.resolve("launch.sh");
    LaunchScript.writeTo(script);
  }

  @Test
  void buildsTheTapForwardingAndNatThenExecsTheProgramWithItsArgvIntact() throws Exception {
    Path out = directory.resolve("out");
    String report =
        "printf '%s\\n' \"$@\" > \"$OUT\"; \"$IP\" -4 -o addr show kn-test >> \"$OUT\";"
            + " cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/kn-test/route_localnet"
            + " >> \"$OUT\"; \"$NFT\" list ruleset >> \"$OUT\"";
    Result result =
        launch(
            "kn-test", List.of("/bin/sh", "-c", report, "sh", "a b", "$(touch x)", "*", "'"), out);

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
  }

  @Test
  void aFailingStepIsNamedOnStderrAndTheProgramNeverRuns() throws Exception {
    nft = directory.resolve("no-such-nft");
    Path out = directory.resolve("out");

    Result result = launch("kn-test", List.of("/bin/sh", "-c", "touch \"$OUT\""), out);

    assertThat(result.exitCode).isEqualTo(127);
    assertThat(LaunchScript.failedStep(result.stderr.lines().toList()))
        .hasValue("install nftables NAT rules");
    assertThat(out).doesNotExist();
  }

  @Test
  void aTapNameWithAShellCharacterIsRefused() throws Exception {
    Result result = launch("kn;x", List.of("/bin/true"), directory.resolve("out"));

    assertThat(result.exitCode).isNotZero();
    assertThat(result.stderr).contains("knaller-launch: failed step: check TAP name 'kn;x'");
  }

  @Test
  void failedStepTakesTheLastMarker() {
    assertThat(LaunchScript.failedStep(List.of("noise", LaunchScript.FAILURE_MARKER + "boot")))
        .hasValue("boot");
    assertThat(LaunchScript.failedStep(List.of("noise"))).isEmpty();
  }

  private Result launch(String tap, List<String> program, Path out) throws Exception {
    List<String> argv = new ArrayList<>(List.of("unshare", "-rn", "/bin/sh", script.toString()));
    argv.addAll(List.of(ip.toString(), nft.toString(), tap));
    argv.addAll(List.of("10.200.0.1/30", "10.200.0.1", "10.200.0.2"));
    argv.addAll(program);
    ProcessBuilder builder = new ProcessBuilder(argv);
    builder.environment().put("OUT", out.toString());
    builder.environment().put("IP", ip.toString());
    builder.environment().put("NFT", nft.toString());
    return run(builder);
  }

  private record Result(int exitCode, String stderr) {}

  private static Result run(List<String> argv) throws IOException, InterruptedException {
    return run(new ProcessBuilder(argv));
  }

  private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    process.getOutputStream().close();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the launch script did not finish: " + stderr);
    }
    return new Result(process.exitValue(), stderr);
  }
}
