package dev.knaller.cli;

import dev.knaller.Vm;
import dev.knaller.image.SshCommandLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What {@code start} prints once the VM runs: where it is and the SSH command to reach it. */
final class ReadyMessage {
  private ReadyMessage() {}

  static String of(Vm vm, Path sshKey) {
    return "vm "
        + vm.name()
        + " is running (pid "
        + vm.pid()
        + ", guest IP "
        + vm.guestIp()
        + ")\n"
        + sshLines(vm.sshHostPort(), sshKey);
  }

  /**
   * The ssh line: with knaller's key when it exists. Without it (a VM from the user's own kernel
   * and rootfs, no image ever built) an {@code -i} would name a file that is not there (ssh warns
   * and goes on), so the line has none, ssh offers the user's own keys, and a note says where
   * knaller's key comes from.
   */
  static String sshLines(int port, Path key) {
    if (Files.isRegularFile(key)) {
      return "ssh: " + sshCommand(port, key);
    }
    return "ssh: "
        + new SshCommandLine(Optional.empty(), port, List.of()).shellText()
        + "\nnote: no knaller key at "
        + key
        + " ('knaller image build' creates one), so ssh offers your own keys";
  }

  /**
   * The command to log in from the host, quoted for a POSIX shell. Every VM answers on 127.0.0.1
   * with its own host key, so the command neither checks nor records host keys.
   */
  static String sshCommand(int port, Path key) {
    return new SshCommandLine(key, port, List.of()).shellText();
  }
}
