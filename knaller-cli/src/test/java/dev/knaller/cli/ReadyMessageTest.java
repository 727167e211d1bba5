package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadyMessageTest {
  @Test
  void theSshCommandTargetsLoopbackWithTheKeyQuotedForTheShell() {
    Path key = Path.of("/h o m e/it's/id_ed25519");

    assertThat(ReadyMessage.sshCommand(24022, key))
        .isEqualTo(
            "ssh -i '/h o m e/it'\\''s/id_ed25519' -p 24022 -o StrictHostKeyChecking=no"
                + " -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR root@127.0.0.1");
  }
}
