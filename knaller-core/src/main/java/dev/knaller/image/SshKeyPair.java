package dev.knaller.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The user's key pair for logging into guests: {@code $DATA/ssh/id_ed25519{,.pub}}. */
public record SshKeyPair(Path privateKey, Path publicKey) {
  /** The public key line ({@code ssh-ed25519 AAAA... knaller}). */
  public String publicKeyText() throws ImageException {
    try {
      return Files.readString(publicKey).strip();
    } catch (IOException e) {
      throw new ImageException(
          "cannot read the SSH public key "
              + publicKey
              + ": "
              + e.getMessage()
              + "; delete "
              + privateKey
              + " to have knaller make a new pair",
          e);
    }
  }
}
