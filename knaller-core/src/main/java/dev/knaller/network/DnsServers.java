package dev.knaller.network;

import dev.knaller.process.CommandResult;
import dev.knaller.process.CommandRunner;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds at most two IPv4 nameservers a guest can reach through its namespace. Never fails: each
 * source that is missing, unreadable or yields nothing usable hands over to the next.
 *
 * <ol>
 *   <li>the host's resolv.conf ({@code /etc/resolv.conf});
 *   <li>systemd-resolved's upstream list, {@code /run/systemd/resolve/resolv.conf}, for a host
 *       whose resolv.conf names only the 127.0.0.53 stub;
 *   <li>{@code resolvectl dns};
 *   <li>1.1.1.1 and 8.8.8.8.
 * </ol>
 *
 * See {@link NameserverAddress} for what counts as usable; a server the VM's namespace cannot carry
 * the guest's packets to does not count either ({@link #detect(Map)}).
 */
public final class DnsServers {
  public static final List<Ipv4Address> FALLBACK =
      List.of(Ipv4Address.of("1.1.1.1"), Ipv4Address.of("8.8.8.8"));

  /** The kernel's {@code ip=} argument has two DNS fields. */
  public static final int MAX_SERVERS = 2;

  private static final System.Logger LOG = System.getLogger(DnsServers.class.getName());
  private static final Duration RESOLVECTL_TIMEOUT = Duration.ofSeconds(2);

  private final Path resolvConf;
  private final Path resolvedUpstreams;
  private final CommandRunner runner;

  public DnsServers(Path resolvConf, Path resolvedUpstreams, CommandRunner runner) {
    this.resolvConf = resolvConf;
    this.resolvedUpstreams = resolvedUpstreams;
    this.runner = runner;
  }

  /** Returns the detector for this host's usual files and the real {@code resolvectl}. */
  public static DnsServers system() {
    return new DnsServers(
        Path.of("/etc/resolv.conf"),
        Path.of("/run/systemd/resolve/resolv.conf"),
        CommandRunner.system());
  }

  /**
   * The servers a VM is given: this host's, less those the guest's packets cannot reach through
   * pasta's namespace. Those are the host's own addresses (pasta gives them to the namespace, where
   * nothing answers) and, with host loopback on, the default gateway (pasta maps it onto the host's
   * 127.0.0.1).
   */
  public static List<Ipv4Address> forVm(boolean hostLoopback) throws IOException {
    Map<Ipv4Address, String> unreachable = new HashMap<>();
    for (Ipv4Address own : HostPrefixes.localAddresses()) {
      unreachable.put(own, "it is an address of this host, which pasta gives the VM's namespace");
    }
    if (hostLoopback) {
      for (Ipv4Address gateway : HostPrefixes.defaultGateways()) {
        unreachable.put(
            gateway, "host loopback maps the default gateway onto the host's 127.0.0.1");
      }
    }
    return system().detect(unreachable);
  }

  /** Returns one or two servers, in the order the first source that had any listed them. */
  public List<Ipv4Address> detect() {
    return detect(Map.of());
  }

  /**
   * Same, but a server among the keys of {@code unreachable} is skipped like any other the guest
   * cannot use, and the value, why, is logged. Two cases: an address of the host itself, which
   * pasta gives the namespace too, so the guest's query would end in the namespace; and, with host
   * loopback on, the host's default gateway, whose packets pasta maps onto the host's 127.0.0.1.
   */
  public List<Ipv4Address> detect(Map<Ipv4Address, String> unreachable) {
    return fromFile(resolvConf, unreachable)
        .or(() -> fromFile(resolvedUpstreams, unreachable))
        .or(() -> fromResolvectl(unreachable))
        .orElse(FALLBACK);
  }

  /** Returns the usable servers among {@code tokens}: IPv4, de-duplicated, at most two. */
  static List<Ipv4Address> usable(List<String> tokens) {
    return usable(tokens, Map.of());
  }

  private static List<Ipv4Address> usable(
      List<String> tokens, Map<Ipv4Address, String> unreachable) {
    return tokens.stream()
        .map(NameserverAddress::usable)
        .flatMap(Optional::stream)
        .filter(server -> isReachable(server, unreachable))
        .distinct()
        .limit(MAX_SERVERS)
        .toList();
  }

  private static boolean isReachable(Ipv4Address server, Map<Ipv4Address, String> unreachable) {
    String why = unreachable.get(server);
    if (why == null) {
      return true;
    }
    LOG.log(Level.WARNING, "skipping nameserver {0}: {1}", server, why);
    return false;
  }

  private static Optional<List<Ipv4Address>> fromFile(Path file, Map<Ipv4Address, String> skipped) {
    try {
      // A missing file or a dangling symlink (stub-resolv.conf without resolved) lands here.
      // Latin-1 maps every byte, so a stray non-UTF-8 comment cannot make the file unreadable.
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      return nonEmpty(usable(ResolvConf.nameserverTokens(text), skipped), file.toString());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "no nameservers from {0}: {1}", file, e.toString());
      return Optional.empty();
    }
  }

  private Optional<List<Ipv4Address>> fromResolvectl(Map<Ipv4Address, String> skipped) {
    try {
      CommandResult result = runner.run(List.of("resolvectl", "dns"), RESOLVECTL_TIMEOUT);
      if (!result.succeeded()) {
        LOG.log(Level.DEBUG, "resolvectl dns exited {0}: {1}", result.exitCode(), result.stderr());
        return Optional.empty();
      }
      List<String> tokens = ResolvectlOutput.serverTokens(result.stdout());
      return nonEmpty(usable(tokens, skipped), "resolvectl dns");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "resolvectl dns unavailable: {0}", e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<List<Ipv4Address>> nonEmpty(List<Ipv4Address> servers, String source) {
    if (servers.isEmpty()) {
      LOG.log(Level.DEBUG, "no usable IPv4 nameserver in {0}", source);
      return Optional.empty();
    }
    return Optional.of(servers);
  }
}
