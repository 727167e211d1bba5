package dev.knaller.network.pasta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The shell script pasta runs inside the VM's new user and network namespace. It builds the VM's
 * network there and then becomes Firecracker. The text is a constant: every value reaches it as a
 * positional parameter and is only ever expanded inside double quotes, so no path or name can be
 * split or interpreted by the shell.
 *
 * <p>Parameters: {@code IP NFT TAP GATEWAY/LENGTH GATEWAY GUEST PROGRAM ARGS...}; the program and
 * its arguments are exec'd unchanged.
 *
 * <p>What was found by hand with Debian bookworm's pasta (0.0~git20230309) as an unprivileged user
 * (kernel 6.18):
 *
 * <ul>
 *   <li>The script runs as uid 0 of a new user namespace, in a new network namespace and as PID 1
 *       of a new PID namespace. After {@code exec}, Firecracker is that PID 1: when it exits, the
 *       kernel kills whatever else runs in the namespace, and pasta exits with its exit status. As
 *       a namespace init it only receives signals it has a handler for, except SIGKILL, so a
 *       SIGTERM from the host may be ignored; killing pasta instead would orphan Firecracker.
 *   <li>{@code ip tuntap add} works there (the TAP belongs to the namespace's root, which is what
 *       Firecracker runs as), and so do {@code nft} and writes to the namespace's own {@code
 *       /proc/sys/net}. {@code net.ipv4.ip_forward} starts at 0.
 *   <li>A connection to the host's {@code 127.0.0.1:P} under {@code -t 127.0.0.1/P:22} reaches the
 *       namespace as a local connection from 127.0.0.1 to 127.0.0.1:22 (pasta splices loopback
 *       traffic instead of sending it through its own interface). Only the output hook sees it, so
 *       the DNAT to the guest sits there; the rerouted packet keeps source 127.0.0.1, which the
 *       kernel refuses to send out of a non-loopback device unless {@code route_localnet} is set on
 *       it (without it the connection timed out), and the SNAT to the gateway gives the guest an
 *       address it can answer.
 *   <li>The guest's own traffic leaves through pasta's interface (named after the host's template
 *       interface, so the rule says "anything but the TAP") and is masqueraded to the namespace's
 *       address, which pasta maps to host sockets.
 * </ul>
 *
 * <p>Checked with a veth into a child namespace standing in for the guest: inbound from the host
 * arrived with peer 10.200.0.1 (the gateway), and the stand-in reached a host loopback listener.
 */
public final class LaunchScript {
  /** The stderr line prefix that names the step that failed; the line ends with the step name. */
  public static final String FAILURE_MARKER = "knaller-launch: failed step: ";

  static final String TEXT =
      """
      #!/bin/sh
      # Written by knaller: builds the VM network in pasta's namespace, then becomes Firecracker.
      # Arguments: IP NFT TAP GATEWAY/LENGTH GATEWAY GUEST PROGRAM ARGS...
      set -eu
      ip_tool=$1 nft_tool=$2 tap=$3 gateway_cidr=$4 gateway=$5 guest=$6
      shift 6

      # Runs "$@" as the step named $1; on failure names the step on stderr and exits with the
      # command's status, so knaller can say which step failed.
      run() {
        step=$1
        shift
        status=0
        "$@" || status=$?
        if [ "$status" -ne 0 ]; then
          echo "knaller-launch: failed step: $step" >&2
          exit "$status"
        fi
      }

      # Writes $2 to the sysctl file $1 unless it already holds it: a read-only /proc/sys with
      # the right value must not fail the start.
      set_sysctl() {
        [ "$(cat "$1")" = "$2" ] || echo "$2" > "$1"
      }

      nat_rules() {
        "$nft_tool" -f - <<RULES
      table ip knaller {
        chain output {
          type nat hook output priority -100;
          ip daddr 127.0.0.1 tcp dport 22 dnat to $guest:22
        }
        chain postrouting {
          type nat hook postrouting priority 100;
          oifname "$tap" ip saddr 127.0.0.0/8 snat to $gateway
          ip saddr $guest oifname != "$tap" masquerade
        }
      }
      RULES
      }

      # The values also go into nft's rule text: allow nothing but what a TAP name or an IPv4
      # address consists of.
      case $tap in '' | *[!A-Za-z0-9_-]*) run "check TAP name '$tap'" false ;; esac
      case $gateway$guest in '' | *[!0-9.]*) run "check addresses $gateway $guest" false ;; esac
      case $gateway_cidr in '' | *[!0-9./]*) run "check subnet $gateway_cidr" false ;; esac
      run "create TAP $tap" "$ip_tool" tuntap add dev "$tap" mode tap
      run "address TAP $tap" "$ip_tool" addr add "$gateway_cidr" dev "$tap"
      run "bring up TAP $tap" "$ip_tool" link set dev "$tap" up
      run "enable IPv4 forwarding" set_sysctl /proc/sys/net/ipv4/ip_forward 1
      run "allow loopback DNAT" set_sysctl "/proc/sys/net/ipv4/conf/$tap/route_localnet" 1
      run "install nftables NAT rules" nat_rules
      exec "$@"
      """;

  private LaunchScript() {}

  /** Writes the script to {@code path} (mode as created; it is run as {@code sh PATH}). */
  public static void writeTo(Path path) throws IOException {
    Files.writeString(path, TEXT);
  }

  /** Returns the step the script reported as failed in {@code stderrLines}, if it reported one. */
  public static Optional<String> failedStep(List<String> stderrLines) {
    return stderrLines.stream()
        .filter(line -> line.startsWith(FAILURE_MARKER))
        .map(line -> line.substring(FAILURE_MARKER.length()))
        .reduce((first, second) -> second);
  }
}
