package dev.knaller.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks, before anything is created or spawned, that this host can start a rootless VM, and
 * reports every unmet precondition with its remedy (instead of an opaque pasta exit code later).
 *
 * <ul>
 *   <li>not root: knaller is rootless by design; pasta drops root to {@code nobody} and files under
 *       the user's data directory would become root-owned;
 *   <li>{@code /dev/net/tun} present, the tun device, and read-writable;
 *   <li>unprivileged user namespaces enabled (pasta creates one per VM);
 *   <li>{@code pasta}, {@code nft} and {@code ip} found, on {@code PATH} or in /usr/sbin, /sbin.
 * </ul>
 */
public final class Preflight {
  private static final String ROOT =
      "knaller is running as root, but it is rootless by design (pasta refuses root, and files"
          + " under your data directory would become root-owned); run it as your regular user,"
          + " without sudo";
  private final Path procRoot;
  private final Path tunDevice;
  private final ToolFinder tools;

  public Preflight(Path procRoot, Path tunDevice, ToolFinder tools) {
    this.procRoot = procRoot;
    this.tunDevice = tunDevice;
    this.tools = tools;
  }

  /** Returns the checks for this host: /proc, /dev/net/tun and {@link ToolFinder#system()}. */
  public static Preflight system() {
    return new Preflight(Path.of("/proc"), Path.of("/dev/net/tun"), ToolFinder.system());
  }

  /** Checks everything, looking pasta up like the other tools. */
  public HostTools verify() throws PreflightException {
    List<PreflightProblem> problems = hostProblems();
    Optional<Path> pasta = located(Tool.PASTA, problems);
    return verified(pasta, problems);
  }

  /** Checks everything, with {@code pasta} given explicitly (a {@code --pasta} option). */
  public HostTools verify(Path pasta) throws PreflightException {
    List<PreflightProblem> problems = hostProblems();
    if (!Files.isRegularFile(pasta) || !Files.isExecutable(pasta)) {
      String message =
          "the pasta binary %s is not an executable file; give the path of pasta (package passt)"
              .formatted(pasta);
      problems.add(new PreflightProblem("pasta", message));
      return verified(Optional.empty(), problems);
    }
    return verified(Optional.of(pasta), problems);
  }

  private HostTools verified(Optional<Path> pasta, List<PreflightProblem> problems)
      throws PreflightException {
    Optional<Path> nft = located(Tool.NFT, problems);
    Optional<Path> ip = located(Tool.IP, problems);
    if (!problems.isEmpty()) {
      throw new PreflightException(problems);
    }
    return new HostTools(pasta.orElseThrow(), nft.orElseThrow(), ip.orElseThrow());
  }

  private List<PreflightProblem> hostProblems() {
    List<PreflightProblem> problems = new ArrayList<>();
    rootProblem().ifPresent(problems::add);
    TunDeviceCheck.problem(tunDevice).ifPresent(problems::add);
    userNamespaceProblem().ifPresent(problems::add);
    return problems;
  }

  private Optional<Path> located(Tool tool, List<PreflightProblem> problems) {
    Optional<Path> found = tools.find(tool);
    if (found.isEmpty()) {
      String message =
          "`%s` was found neither on PATH nor in /usr/sbin or /sbin; %s"
              .formatted(tool.command(), tool.installHint());
      problems.add(new PreflightProblem(tool.command(), message));
    }
    return found;
  }

  Optional<PreflightProblem> rootProblem() {
    Optional<String> effectiveUid = statusField("Uid:", 1);
    if (effectiveUid.isPresent() && effectiveUid.get().equals("0")) {
      return Optional.of(new PreflightProblem("user", ROOT));
    }
    return Optional.empty();
  }

  Optional<PreflightProblem> userNamespaceProblem() {
    if (sysctl("user/max_user_namespaces").filter("0"::equals).isPresent()) {
      return userNamespaces("user.max_user_namespaces", "15000");
    }
    // Debian kernels before 5.10 (and some hardened ones) have this extra switch.
    if (sysctl("kernel/unprivileged_userns_clone").filter("0"::equals).isPresent()) {
      return userNamespaces("kernel.unprivileged_userns_clone", "1");
    }
    return Optional.empty();
  }

  private static Optional<PreflightProblem> userNamespaces(String sysctl, String allowingValue) {
    String message =
        ("unprivileged user namespaces are disabled, and pasta needs one per VM: %s is 0; allow"
                + " them with `sudo sysctl -w %s=%s`")
            .formatted(sysctl, sysctl, allowingValue);
    return Optional.of(new PreflightProblem("user namespaces", message));
  }

  // A whitespace-separated field of a /proc/self/status line; empty when unreadable.
  private Optional<String> statusField(String key, int index) {
    try {
      return Files.readAllLines(procRoot.resolve("self/status")).stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(key.length()).strip().split("\\s+", -1))
          .filter(fields -> fields.length > index)
          .map(fields -> fields[index])
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Optional<String> sysctl(String name) {
    try {
      return Optional.of(Files.readString(procRoot.resolve("sys").resolve(name)).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
