package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.network.ToolFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshKeysTest {
  @TempDir Path data;

  @Test
  void createsAPrivateEd25519PairOnceAndReusesIt() throws Exception {
    ToolFinder locator = ToolFinder.system();
    assumeTrue(
        locator.find("ssh-keygen").isPresent(),
        "ssh-keygen is not installed (apt-get install openssh-client)");
    SshKeys keys = new SshKeys(data.resolve("ssh"), locator, new ProcessToolRunner());

    SshKeyPair pair = keys.ensure();
    String first = pair.publicKeyText();
    SshKeyPair again = keys.ensure();

    assertThat(first).startsWith("ssh-ed25519 ").endsWith(" knaller");
    assertThat(again.publicKeyText()).isEqualTo(first);
    assertThat(pair.privateKey()).isEqualTo(data.resolve("ssh/id_ed25519"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pair.privateKey())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("ssh"))))
        .isEqualTo("rwx------");
    try (var listing = Files.list(data.resolve("ssh"))) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("id_ed25519", "id_ed25519.pub");
    }
  }

  @Test
  void anExistingPairIsNotRegenerated() throws Exception {
    Path ssh = Files.createDirectories(data.resolve("ssh"));
    Files.writeString(ssh.resolve("id_ed25519"), "private");
    Files.writeString(ssh.resolve("id_ed25519.pub"), "ssh-ed25519 AAAA mine\n");
    ToolRunner mustNotRun =
        (command, lines) -> {
          throw new AssertionError("ran " + command.argv());
        };

    SshKeyPair pair =
        new SshKeys(ssh, new ToolFinder("", java.util.List.of()), mustNotRun).ensure();

    assertThat(pair.publicKeyText()).isEqualTo("ssh-ed25519 AAAA mine");
  }
}
