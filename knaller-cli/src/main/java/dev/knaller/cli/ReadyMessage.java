package dev.knaller.cli;

import dev.knaller.Vm;
import java.nio.file.Files;
import java.nio.file.Path;

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
   * The command to log in from the host. Every VM answers on 127.0.0.1 with its own host key, so
   * known_hosts would mix them up: the command keeps no record of host keys.
   */
  static String sshCommand(int port, Path key) {
    String identity = Files.exists(key) ? "-i " + ShellQuote.of(key.toString()) + " " : "";
    return "ssh "
        + identity
        + "-p "
        + port
        + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null root@127.0.0.1";
  }
}
