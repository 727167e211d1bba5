package dev.knaller.cli;

import dev.knaller.Vm;
import dev.knaller.image.SshCommandLine;
import java.nio.file.Path;
import java.util.List;

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
        + "ssh: "
        + sshCommand(vm.sshHostPort(), sshKey);
  }

  /**
   * The command to log in from the host, quoted for a POSIX shell. Every VM answers on 127.0.0.1
   * with its own host key, so the command neither checks nor records host keys.
   */
  static String sshCommand(int port, Path key) {
    return new SshCommandLine(key, port, List.of()).shellText();
  }
}
