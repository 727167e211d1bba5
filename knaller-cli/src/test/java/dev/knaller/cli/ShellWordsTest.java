package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {
  @Test
  void readsBackWhatTheReadyMessageQuotes() {
    String line = ReadyMessage.sshCommand(24022, java.nio.file.Path.of("/h o/it's/key"));

    assertThat(ShellWords.split(line))
        .startsWith("ssh", "-i", "/h o/it's/key", "-p", "24022")
        .endsWith("root@127.0.0.1");
  }

  @Test
  void backslashesEscapeAndAnOpenQuoteIsAnError() {
    assertThat(ShellWords.split("a\\ b  'c d'e")).containsExactly("a b", "c de");
    assertThatThrownBy(() -> ShellWords.split("ssh 'open")).hasMessageContaining("unterminated");
  }
}
