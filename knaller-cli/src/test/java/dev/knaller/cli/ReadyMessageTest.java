package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadyMessageTest {
  @TempDir Path directory;

  @Test
  void theSshCommandTargetsLoopbackWithTheKeyQuotedForTheShell() throws Exception {
    Path key =
        Files.writeString(Files.createDirectory(directory.resolve("h o m e")).resolve("id"), "k");

    assertThat(ReadyMessage.sshCommand(24022, key))
        .isEqualTo(
            "ssh -i '"
                + key
                + "' -p 24022 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
                + " root@127.0.0.1");
  }

  @Test
  void withoutAKeyFileTheCommandHasNoIdentity() {
    assertThat(ReadyMessage.sshCommand(20001, directory.resolve("none")))
        .startsWith("ssh -p 20001 ");
  }

  @Test
  void shellQuotingSurvivesSingleQuotes() {
    assertThat(ShellQuote.of("/plain/path-1.key")).isEqualTo("/plain/path-1.key");
    assertThat(ShellQuote.of("it's")).isEqualTo("'it'\\''s'");
  }
}
