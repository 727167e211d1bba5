package dev.knaller.network.pasta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The shell script pasta runs inside the VM's new user and network namespace. It builds the VM's
 * network there and then runs Firecracker for as long as its owner, the knaller process that
 * started pasta, is alive. The text is a constant: every value reaches it as a positional parameter
 * and is only ever expanded inside double quotes, so no path or name can be split or interpreted by
 * the shell.
 *
 * <p>Parameters: {@code IP NFT TAP GATEWAY/LENGTH GATEWAY GUEST SOCKET PROGRAM ARGS...}; the
 * program and its arguments are run unchanged. The script exits with the program's status (128 + N
 * when signal N killed it), which pasta passes on as its own.
 *
 * <p>The owner's life: the owner starts pasta with a pipe on stdin that it never writes to and
 * never closes (a lifeline, see {@code ChildSpec}). pasta hands its stdin on to the script, so the
 * script holds the read end and the owner the only write end; when the owner exits, however it
 * exits (SIGKILL, a JVM crash), the kernel closes that end and a read sees end-of-file. A watchdog
 * in the script waits for exactly that and then ends Firecracker (SIGTERM, SIGKILL 5 s later if it
 * is still there); with no owner left to clean up, the script then removes the VM's socket and
 * directory itself. A new start of the name kills this namespace before it touches those files (the
 * name's {@code Leftovers}), so the two never remove each other's files. The tie holds as long as
 * the watchdog lives: someone who kills that process by hand unties the VM from its owner, and then
 * only {@code knaller stop} (or a new start of the name) ends it, as for any running VM.
 *
 * <p>What was found by hand with Debian bookworm's pasta (0.0~git20230309) as an unprivileged user
 * (kernel 6.18):
 *
 * <ul>
 *   <li>The script runs as uid 0 of a new user namespace, in a new network namespace and as PID 1
 *       of a new PID namespace. When it exits, the kernel kills whatever else runs in the namespace
 *       (the watchdog), and pasta exits with its exit status; a child killed by signal N gives
 *       pasta's status 128 + N. As a namespace init the shell receives only signals it has a
 *       handler for (none), except SIGKILL from the host, which ends the whole namespace.
 *       Firecracker runs as its child, not as PID 1, so a SIGTERM from the host reaches it like any
 *       process.
 *   <li>pasta's command inherits pasta's stdin: the script reads the bytes written into pasta's
 *       stdin and sees end-of-file when the writer's end closes.
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
 *
 * <p>The shell running the script (and the watchdog, a forked copy of it) keeps Firecracker's argv
 * as its own trailing arguments, {@code --api-sock SOCKET} included; {@link #isRunBy} tells such a
 * process from Firecracker.
 */
public final class LaunchScript {
  /** The stderr line prefix that names the step that failed; the line ends with the step name. */
  public static final String FAILURE_MARKER = "knaller-launch: failed step: ";

  /** The file name the script must have: its cleanup removes only a directory holding it. */
  public static final String FILE_NAME = "launch.sh";

  /** The shell pasta runs the script with. */
  public static final String SHELL = "/bin/sh";

  static final String TEXT =
      """
      #!/bin/sh
      # Written by knaller: builds the VM network in pasta's namespace, then runs Firecracker for as
      # long as the knaller process that started pasta (the owner) lives.
      # Arguments: IP NFT TAP GATEWAY/LENGTH GATEWAY GUEST SOCKET PROGRAM ARGS...
      set -eu
      ip_tool=$1 nft_tool=$2 tap=$3 gateway_cidr=$4 gateway=$5 guest=$6 socket=$7
      shift 7

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

      # Reads stdin until end-of-file: only the owner holds the pipe's write end, and the kernel
      # closes it when the owner exits, however it exits. Then ends the program $1: SIGTERM, and
      # SIGKILL 5 s later if it is still there. Exits 0 only when the owner is gone: from then on
      # it ignores the SIGTERM with which run_program ends a watchdog once the program is gone,
      # since a program dying at once on SIGTERM wakes run_program before this exits.
      watch_owner() {
        while read -r _; do :; done
        trap '' TERM
        kill -TERM "$1" 2>/dev/null || exit 0
        (sleep 5; kill -KILL "$1" 2>/dev/null) &
        exit 0
      }

      # With no owner left, nobody else cleans up: remove the socket (a socket only, as knaller
      # does) and the directory holding this script. A new start of the name kills this namespace,
      # this cleanup included, before it touches those files.
      remove_vm_files() {
        [ ! -S "$socket" ] || rm -f -- "$socket"
        case $0 in
        /*/launch.sh) rm -rf -- "${0%/*}" ;;
        esac
      }

      # The program runs as a child, not exec'd, so the shell can watch the owner beside it. sh
      # gives a background command /dev/null as stdin, so the watchdog gets the pipe through fd 3.
      run_program() {
        exec 3<&0
        "$@" </dev/null 3<&- &
        program=$!
        watch_owner "$program" <&3 3<&- &
        watchdog=$!
        exec 3<&- </dev/null
        status=0
        wait "$program" 2>/dev/null || status=$?
        owner_gone=0
        kill "$watchdog" 2>/dev/null || :
        wait "$watchdog" 2>/dev/null || owner_gone=$?
        if [ "$owner_gone" -eq 0 ]; then
          remove_vm_files
        fi
        exit "$status"
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
      run_program "$@"
      """;

  private LaunchScript() {}

  /** Writes the script to {@code path} (mode as created; it is run as {@code sh PATH}). */
  public static void writeTo(Path path) throws IOException {
    Files.writeString(path, TEXT);
  }

  /**
   * True when {@code argv} is the shell running the launch script at {@code script} (or the
   * watchdog forked from it): {@code /bin/sh SCRIPT ...}. Its trailing arguments repeat
   * Firecracker's argv, but it is never Firecracker.
   */
  public static boolean isRunBy(List<String> argv, Path script) {
    return argv.size() >= 2 && argv.get(0).equals(SHELL) && argv.get(1).equals(script.toString());
  }

  /** Returns the step the script reported as failed in {@code stderrLines}, if it reported one. */
  public static Optional<String> failedStep(List<String> stderrLines) {
    return stderrLines.stream()
        .filter(line -> line.startsWith(FAILURE_MARKER))
        .map(line -> line.substring(FAILURE_MARKER.length()))
        .reduce((first, second) -> second);
  }
}
