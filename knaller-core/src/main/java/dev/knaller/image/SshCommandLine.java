package dev.knaller.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ssh command that logs into a guest through its forwarded port on 127.0.0.1. Every VM has new
 * host keys, and a port is reused by the next VM, so host key checking is off and nothing is
 * written to the user's known_hosts.
 *
 * <p>Without a private key there is no {@code -i}: ssh then offers the user's own keys (agent,
 * {@code ~/.ssh/id_*}), which is how a guest from the user's own rootfs is reached.
 */
public record SshCommandLine(Optional<Path> privateKey, int port, List<String> remoteCommand) {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  public SshCommandLine {
    remoteCommand = List.copyOf(remoteCommand);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SSH port " + port + " is outside 1..65535");
    }
  }

  /** The command with {@code -i privateKey}. */
  public SshCommandLine(Path privateKey, int port, List<String> remoteCommand) {
    this(Optional.of(privateKey), port, remoteCommand);
  }

  /** The argv, program first. */
  public List<String> argv() {
    List<String> argv = new ArrayList<>(List.of("ssh"));
    privateKey.ifPresent(key -> argv.addAll(List.of("-i", key.toString())));
    argv.addAll(
        List.of(
            "-p",
            Integer.toString(port),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "root@127.0.0.1"));
    if (!remoteCommand.isEmpty()) {
      // ssh parses options after the destination too; "--" ends them, so a command starting
      // with "-" reaches the guest's shell (ssh consumes the "--" and joins the rest with spaces).
      argv.add("--");
      argv.addAll(remoteCommand);
    }
    return argv;
  }

  /** The argv as a line a POSIX shell reads back into the same words. */
  public String shellText() {
    return String.join(" ", argv().stream().map(SshCommandLine::quoted).toList());
  }

  static String quoted(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
