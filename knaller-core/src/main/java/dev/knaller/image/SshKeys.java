package dev.knaller.image;

import dev.knaller.network.Tool;
import dev.knaller.network.ToolFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * Creates the user's guest key pair once, with ssh-keygen, in a 0700 directory; the private key is
 * 0600 (ssh refuses keys others can read). The pair is generated under temporary names and renamed
 * into place, so a crash never leaves a private key without its public half.
 */
public final class SshKeys {
  private static final String KEY_NAME = "id_ed25519";
  private static final Duration KEYGEN_TIMEOUT = Duration.ofSeconds(30);

  private final Path directory;
  private final ToolFinder locator;
  private final ToolRunner tools;

  public SshKeys(Path directory, ToolFinder locator, ToolRunner tools) {
    this.directory = directory;
    this.locator = locator;
    this.tools = tools;
  }

  /** Where the pair lives, whether or not it exists yet. */
  public SshKeyPair pair() {
    return new SshKeyPair(directory.resolve(KEY_NAME), directory.resolve(KEY_NAME + ".pub"));
  }

  /** The existing pair, or a new one. */
  public SshKeyPair ensure() throws ImageException, InterruptedException {
    SshKeyPair pair = pair();
    if (Files.isRegularFile(pair.privateKey()) && Files.isRegularFile(pair.publicKey())) {
      return pair;
    }
    createDirectory();
    Path temporary = directory.resolve(KEY_NAME + ".new-" + ProcessHandle.current().pid());
    tools.run(
        ToolCommand.of(
            "creating the SSH key pair",
            KEYGEN_TIMEOUT,
            List.of(
                RequiredTool.find(locator, new Tool("ssh-keygen", "openssh-client")).toString(),
                "-q",
                "-t",
                "ed25519",
                "-N",
                "",
                "-C",
                "knaller",
                "-f",
                temporary.toString())),
        line -> {});
    moveIntoPlace(temporary, pair);
    return pair;
  }

  private void createDirectory() throws ImageException {
    try {
      Files.createDirectories(directory);
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new ImageException("cannot create the SSH key directory " + directory, e);
    }
  }

  private static void moveIntoPlace(Path temporary, SshKeyPair pair) throws ImageException {
    Path temporaryPublic = temporary.resolveSibling(temporary.getFileName() + ".pub");
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      // Public half first: the private key's presence is what ensure() takes as "done".
      Files.move(temporaryPublic, pair.publicKey(), StandardCopyOption.ATOMIC_MOVE);
      Files.move(temporary, pair.privateKey(), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ImageException("cannot move the new SSH key pair into " + pair.privateKey(), e);
    }
  }
}
