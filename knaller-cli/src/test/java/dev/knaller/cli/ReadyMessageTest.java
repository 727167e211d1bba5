package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadyMessageTest {
  private static final String OPTIONS =
      "-p 24022 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
          + " root@127.0.0.1";

  @TempDir Path data;

  @Test
  void theSshCommandTargetsLoopbackWithTheKeyQuotedForTheShell() {
    Path key = Path.of("/h o m e/it's/id_ed25519");

    assertThat(ReadyMessage.sshCommand(24022, key))
        .isEqualTo("ssh -i '/h o m e/it'\\''s/id_ed25519' " + OPTIONS);
  }

  @Test
  void anExistingKeyIsPassedWithDashI() throws IOException {
    Path key = Files.writeString(data.resolve("id_ed25519"), "private");

    assertThat(ReadyMessage.sshLines(24022, key)).isEqualTo("ssh: ssh -i " + key + " " + OPTIONS);
  }

  @Test
  void withoutKnallersKeyTheCommandHasNoDashIAndANoteSaysWhereTheKeyComesFrom() {
    Path key = data.resolve("ssh/id_ed25519");

    String lines = ReadyMessage.sshLines(24022, key);

    assertThat(lines.lines())
        .containsExactly(
            "ssh: ssh " + OPTIONS,
            "note: no knaller key at "
                + key
                + " ('knaller image build' creates one), so ssh offers your own keys");
  }
}
