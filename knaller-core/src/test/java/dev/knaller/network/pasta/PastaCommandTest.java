package dev.knaller.network.pasta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastaCommandTest {
  private static final NamespaceNetwork NETWORK =
      new NamespaceNetwork("kn-demo", "172.16.0.1/30", "172.16.0.1", "172.16.0.2");

  @Test
  void argvIsExactlyPastaOptionsThenTheScriptWithOneElementPerValue() {
    Path home = Path.of("/tmp/h o m e/.local/share/knaller");
    PastaCommand command =
        new PastaCommand(
            Path.of("/usr/bin/pasta"),
            24022,
            home.resolve("vms/demo/launch.sh"),
            Path.of("/usr/sbin/ip"),
            Path.of("/usr/sbin/nft"),
            NETWORK,
            home.resolve("sockets/demo.socket"),
            List.of("/opt/fc bin/firecracker", "--api-sock", home + "/sockets/demo.socket"),
            false);

    assertThat(command.argv())
        .containsExactly(
            "/usr/bin/pasta",
            "--config-net",
            "--foreground",
            "--quiet",
            "-t",
            "127.0.0.1/24022:22",
            "-u",
            "none",
            "-T",
            "none",
            "-U",
            "none",
            "--no-map-gw",
            "--",
            "/bin/sh",
            "/tmp/h o m e/.local/share/knaller/vms/demo/launch.sh",
            "/usr/sbin/ip",
            "/usr/sbin/nft",
            "kn-demo",
            "172.16.0.1/30",
            "172.16.0.1",
            "172.16.0.2",
            "/tmp/h o m e/.local/share/knaller/sockets/demo.socket",
            "/opt/fc bin/firecracker",
            "--api-sock",
            "/tmp/h o m e/.local/share/knaller/sockets/demo.socket");
  }

  @Test
  void pastasGatewayMappingOntoHostLoopbackStaysOnlyWhenTheVmAsksForIt() {
    List<String> closed = command(false).argv();
    List<String> open = command(true).argv();

    assertThat(closed.subList(0, closed.indexOf("--"))).contains("--no-map-gw");
    assertThat(open).doesNotContain("--no-map-gw");
    assertThat(open).hasSize(closed.size() - 1);
  }

  private static PastaCommand command(boolean hostLoopback) {
    return new PastaCommand(
        Path.of("pasta"),
        20001,
        Path.of("s"),
        Path.of("ip"),
        Path.of("nft"),
        NETWORK,
        Path.of("s.socket"),
        List.of("fc"),
        hostLoopback);
  }

  @Test
  void theForwardIsBoundToLoopbackOnly() {
    assertThat(PastaCommand.portForward(20001)).isEqualTo("127.0.0.1/20001:22");
  }

  @Test
  void aPortOutsideTheTcpRangeIsRefused() {
    assertThatThrownBy(
            () ->
                new PastaCommand(
                    Path.of("pasta"),
                    0,
                    Path.of("s"),
                    Path.of("ip"),
                    Path.of("nft"),
                    NETWORK,
                    Path.of("s.socket"),
                    List.of("fc"),
                    false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void networkValuesTheScriptWouldRefuseAreRefusedHere() {
    assertThatThrownBy(() -> new NamespaceNetwork("kn demo", "10.0.0.1/30", "10.0.0.1", "10.0.0.2"))
        .hasMessageContaining("TAP name");
    assertThatThrownBy(
            () -> new NamespaceNetwork("kn-web-server-01", "10.0.0.1/30", "10.0.0.1", "10.0.0.2"))
        .hasMessageContaining("TAP name");
    assertThatThrownBy(() -> new NamespaceNetwork("kn-x", "10.0.0.1/30", "10.0.0.1", "$(id)"))
        .hasMessageContaining("guest address");
  }

  @Test
  void theSshPortIsReadBackFromPastasArgv() {
    List<String> argv =
        new PastaCommand(
                Path.of("/usr/bin/pasta"),
                24022,
                Path.of("/d/launch.sh"),
                Path.of("/usr/sbin/ip"),
                Path.of("/usr/sbin/nft"),
                NETWORK,
                Path.of("/d/sockets/demo.socket"),
                List.of("fc", "-t", "127.0.0.1/1:22"),
                false)
            .argv();

    assertThat(PastaArgv.isPasta(argv)).isTrue();
    assertThat(PastaArgv.sshHostPort(argv)).hasValue(24022);
  }

  @Test
  void otherProgramsAndForeignForwardsAreNotTakenForOurs() {
    assertThat(PastaArgv.isPasta(List.of("/usr/bin/passt"))).isFalse();
    assertThat(PastaArgv.isPasta(List.of())).isFalse();
    assertThat(PastaArgv.sshHostPort(List.of("pasta", "-t", "8080:80"))).isEmpty();
    assertThat(PastaArgv.sshHostPort(List.of("pasta", "-t", "0.0.0.0/2222:22"))).isEmpty();
  }
}
