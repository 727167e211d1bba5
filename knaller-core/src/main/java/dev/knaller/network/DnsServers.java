package dev.knaller.network;

import dev.knaller.process.CommandResult;
import dev.knaller.process.CommandRunner;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * See {@link NameserverAddress} for what counts as usable; with host loopback, a server at the
 * host's default gateway does not count either ({@link #detect(Set)}).
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

  /** Returns one or two servers, in the order the first source that had any listed them. */
  public List<Ipv4Address> detect() {
    return detect(Set.of());
  }

  /**
   * Same, but a server at one of {@code mappedToHostLoopback} is skipped like any other the guest
   * cannot use. With host loopback on, pasta maps every TCP and UDP packet to the host's default
   * gateway address onto the host's 127.0.0.1, so a nameserver there (a home router) would be asked
   * at the host's 127.0.0.1:53 instead.
   */
  public List<Ipv4Address> detect(Set<Ipv4Address> mappedToHostLoopback) {
    return fromFile(resolvConf, mappedToHostLoopback)
        .or(() -> fromFile(resolvedUpstreams, mappedToHostLoopback))
        .or(() -> fromResolvectl(mappedToHostLoopback))
        .orElse(FALLBACK);
  }

  /** Returns the usable servers among {@code tokens}: IPv4, de-duplicated, at most two. */
  static List<Ipv4Address> usable(List<String> tokens) {
    return usable(tokens, Set.of());
  }

  private static List<Ipv4Address> usable(List<String> tokens, Set<Ipv4Address> skipped) {
    return tokens.stream()
        .map(NameserverAddress::usable)
        .flatMap(Optional::stream)
        .filter(server -> !isMappedToHostLoopback(server, skipped))
        .distinct()
        .limit(MAX_SERVERS)
        .toList();
  }

  private static boolean isMappedToHostLoopback(Ipv4Address server, Set<Ipv4Address> mapped) {
    if (!mapped.contains(server)) {
      return false;
    }
    LOG.log(
        Level.WARNING,
        "skipping nameserver {0}: it is the host''s default gateway, which host loopback maps"
            + " onto the host''s 127.0.0.1",
        server);
    return true;
  }

  private static Optional<List<Ipv4Address>> fromFile(Path file, Set<Ipv4Address> skipped) {
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

  private Optional<List<Ipv4Address>> fromResolvectl(Set<Ipv4Address> skipped) {
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
