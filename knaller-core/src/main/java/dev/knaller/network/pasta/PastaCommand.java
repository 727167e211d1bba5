package dev.knaller.network.pasta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds pasta's argv for one VM: a new user and network namespace with the host's network copied
 * in, one TCP forward from {@code 127.0.0.1:<port>} to the namespace's port 22, and the launch
 * script as the command. The result is an argv list, never a shell string.
 *
 * <p>Options, and why:
 *
 * <ul>
 *   <li>{@code --config-net}: give the namespace the host's addresses and routes and bring up
 *       pasta's interface and loopback; the guest's traffic leaves that way.
 *   <li>{@code --foreground}: pasta stays the parent of the script (which runs Firecracker and
 *       exits with its status), so its exit status is Firecracker's and knaller can watch one
 *       process. Its stdin, knaller's lifeline, goes on to the script.
 *   <li>{@code --quiet}: no informational lines mixed into the stderr knaller quotes on errors.
 *   <li>{@code -t 127.0.0.1/<port>:22}: without the address pasta listens on every address, which
 *       would expose each VM's SSH port to the network. IPv4 loopback only.
 *   <li>{@code -u none -T none -U none}: no other forwards; by default pasta also forwards UDP and
 *       mirrors ports between the host's and the namespace's loopback.
 *   <li>{@code --no-map-gw}, unless the VM asks for host loopback: by default pasta maps
 *       connections to the namespace's default gateway onto the host's 127.0.0.1, which would let
 *       every guest reach the host's loopback services.
 * </ul>
 *
 * @param pasta the pasta binary
 * @param sshHostPort the 127.0.0.1 port forwarded to the guest's SSH port
 * @param script the written {@link LaunchScript}
 * @param ipTool the {@code ip} binary (iproute2)
 * @param nftTool the {@code nft} binary (nftables)
 * @param network the TAP and addresses to set up
 * @param socket Firecracker's API socket, which the script removes when the VM's owner is gone
 * @param program the argv to run once the network is up: Firecracker and its arguments
 * @param hostLoopback whether to keep pasta's gateway mapping onto the host's loopback
 */
public record PastaCommand(
    Path pasta,
    int sshHostPort,
    Path script,
    Path ipTool,
    Path nftTool,
    NamespaceNetwork network,
    Path socket,
    List<String> program,
    boolean hostLoopback) {
  public static final int GUEST_SSH_PORT = 22;

  public PastaCommand {
    program = List.copyOf(program);
    if (sshHostPort < 1 || sshHostPort > 65535) {
      throw new IllegalArgumentException("SSH host port out of range: " + sshHostPort);
    }
    if (program.isEmpty()) {
      throw new IllegalArgumentException("no program to run in the namespace");
    }
  }

  /** Returns the argv: pasta's options, {@code --}, then {@code /bin/sh SCRIPT} and its values. */
  public List<String> argv() {
    List<String> argv = new ArrayList<>();
    argv.add(pasta.toString());
    argv.addAll(List.of("--config-net", "--foreground", "--quiet"));
    argv.addAll(List.of("-t", portForward(sshHostPort)));
    argv.addAll(List.of("-u", "none", "-T", "none", "-U", "none"));
    if (!hostLoopback) {
      argv.add("--no-map-gw");
    }
    argv.addAll(List.of("--", LaunchScript.SHELL, script.toString()));
    argv.addAll(List.of(ipTool.toString(), nftTool.toString(), network.tapName()));
    argv.addAll(List.of(network.gatewayWithLength(), network.gateway(), network.guest()));
    argv.add(socket.toString());
    argv.addAll(program);
    return argv;
  }

  /** Returns pasta's {@code -t} value for {@code port}: bound to 127.0.0.1, to port 22. */
  public static String portForward(int port) {
    return "127.0.0.1/" + port + ":" + GUEST_SSH_PORT;
  }
}
