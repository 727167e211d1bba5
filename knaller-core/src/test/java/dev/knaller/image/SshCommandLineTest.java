package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SshCommandLineTest {
  private static final Path KEY = Path.of("/home/u/.local/share/knaller/ssh/id_ed25519");

  @Test
  void logsInAsRootThroughTheForwardedPortWithoutTouchingKnownHosts() {
    assertThat(new SshCommandLine(KEY, 22022, List.of()).argv())
        .containsExactly(
            "ssh",
            "-i",
            KEY.toString(),
            "-p",
            "22022",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "root@127.0.0.1");
  }

  @Test
  void theRemoteCommandFollowsTheDestination() {
    assertThat(new SshCommandLine(KEY, 2222, List.of("uname", "-a")).argv())
        .endsWith("root@127.0.0.1", "--", "uname", "-a");
  }

  @Test
  void shellTextQuotesWordsTheShellWouldSplit() {
    SshCommandLine line =
        new SshCommandLine(Path.of("/home/a b/key"), 2222, List.of("echo", "it's"));

    assertThat(line.shellText())
        .isEqualTo(
            "ssh -i '/home/a b/key' -p 2222 -o"
                + " StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
                + " root@127.0.0.1 -- echo 'it'\\''s'");
  }

  @Test
  void withoutAKeySshOffersTheUsersOwnKeys() {
    assertThat(new SshCommandLine(Optional.empty(), 2222, List.of()).shellText())
        .isEqualTo(
            "ssh -p 2222 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
                + " -o LogLevel=ERROR root@127.0.0.1");
  }

  @Test
  void rejectsAPortOutsideTheTcpRange() {
    assertThatThrownBy(() -> new SshCommandLine(KEY, 0, List.of()))
        .hasMessageContaining("SSH port 0 is outside 1..65535");
  }
}
