package dev.knaller.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A snapshot of the processes in {@code /proc}, read in one pass, and the finder that maps API
 * sockets to their Firecracker processes.
 *
 * <p>Start times: field 22 of {@code /proc/<pid>/stat} counts clock ticks since boot, and {@code
 * btime} in {@code /proc/stat} is the boot time in seconds. The tick rate is {@code
 * sysconf(_SC_CLK_TCK)}, which Java cannot call; it is taken as 100: Linux fixes USER_HZ at 100 on
 * x86_64 and aarch64 (the platforms Firecracker runs on), whatever HZ the kernel was built with.
 */
public final class ProcessTable {
  static final long TICKS_PER_SECOND = 100;
  private static final String API_SOCKET_FLAG = "--api-sock";
  // Fields of /proc/<pid>/stat after the ")" closing the command name: state is field 3.
  private static final int PPID_AFTER_COMM = 1;
  private static final int STARTTIME_AFTER_COMM = 19;

  private final List<ProcessInfo> processes;
  private final Map<Long, ProcessInfo> byPid = new HashMap<>();

  private ProcessTable(List<ProcessInfo> processes) {
    this.processes = List.copyOf(processes);
    processes.forEach(p -> byPid.put(p.pid(), p));
  }

  /** Returns a table of the given processes, for tests and for callers with their own scan. */
  public static ProcessTable of(List<ProcessInfo> processes) {
    return new ProcessTable(processes);
  }

  /** Reads this system's {@code /proc}. */
  public static ProcessTable read() throws IOException {
    return read(Path.of("/proc"));
  }

  /** Reads a {@code /proc}-shaped tree; processes that vanish during the scan are left out. */
  public static ProcessTable read(Path procRoot) throws IOException {
    Instant bootTime = bootTime(Files.readString(procRoot.resolve("stat")));
    List<ProcessInfo> processes = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(procRoot, "[0-9]*")) {
      for (Path entry : entries) {
        readProcess(entry, bootTime).ifPresent(processes::add);
      }
    }
    return new ProcessTable(processes);
  }

  public List<ProcessInfo> processes() {
    return processes;
  }

  public Optional<ProcessInfo> byPid(long pid) {
    return Optional.ofNullable(byPid.get(pid));
  }

  /**
   * Returns, for each socket that has one, the Firecracker process serving it: the process whose
   * argv holds {@code --api-sock} followed by exactly that path. A VM whose name merely starts the
   * same way has a different path element, so it does not match. Processes that launched the server
   * and repeat its argv are never the server: those {@code isLauncher} names for the socket (pasta
   * running {@code -- sh launch.sh ... firecracker --api-sock ...}, the shell running that script
   * beside Firecracker), and any other ancestor of a match, so among matches the innermost one
   * wins.
   *
   * @param isLauncher given a socket and an argv, true when that argv is a launcher's for it
   */
  public Map<Path, ProcessInfo> apiServers(
      Collection<Path> sockets, BiPredicate<Path, List<String>> isLauncher) {
    Map<String, List<ProcessInfo>> claimants = claimantsBySocket();
    Map<Path, ProcessInfo> servers = new HashMap<>();
    for (Path socket : sockets) {
      List<ProcessInfo> matches =
          claimants.getOrDefault(socket.toString(), List.of()).stream()
              .filter(process -> !isLauncher.test(socket, process.argv()))
              .toList();
      innermost(matches).ifPresent(server -> servers.put(socket, server));
    }
    return servers;
  }

  /** Returns the Firecracker process serving {@code socket}, as {@link #apiServers} decides. */
  public Optional<ProcessInfo> apiServer(Path socket, BiPredicate<Path, List<String>> isLauncher) {
    return Optional.ofNullable(apiServers(List.of(socket), isLauncher).get(socket));
  }

  /** Returns the closest ancestor of {@code process} that {@code wanted} accepts, if any. */
  public Optional<ProcessInfo> nearestAncestor(ProcessInfo process, Predicate<ProcessInfo> wanted) {
    Optional<ProcessInfo> parent = byPid(process.parentPid());
    for (int depth = 0; parent.isPresent() && depth < processes.size(); depth++) {
      if (wanted.test(parent.get())) {
        return parent;
      }
      parent = byPid(parent.get().parentPid());
    }
    return Optional.empty();
  }

  // One pass over every argv: socket path -> the processes naming it after --api-sock.
  private Map<String, List<ProcessInfo>> claimantsBySocket() {
    Map<String, List<ProcessInfo>> claimants = new HashMap<>();
    for (ProcessInfo process : processes) {
      List<String> argv = process.argv();
      for (int i = 0; i + 1 < argv.size(); i++) {
        if (argv.get(i).equals(API_SOCKET_FLAG)) {
          claimants.computeIfAbsent(argv.get(i + 1), k -> new ArrayList<>()).add(process);
        }
      }
    }
    return claimants;
  }

  // Drops launchers whose descendant also matches; of two unrelated claimants the older wins.
  private Optional<ProcessInfo> innermost(List<ProcessInfo> matches) {
    return matches.stream()
        .filter(candidate -> matches.stream().noneMatch(other -> isAncestor(candidate, other)))
        .min(Comparator.comparing(ProcessInfo::startedAt));
  }

  /** True when {@code ancestor} is a parent, grandparent, ... of {@code process}. */
  public boolean isAncestor(ProcessInfo ancestor, ProcessInfo process) {
    long parent = process.parentPid();
    for (int depth = 0; parent > 0 && depth < processes.size(); depth++) {
      if (parent == ancestor.pid()) {
        return true;
      }
      parent = byPid(parent).map(ProcessInfo::parentPid).orElse(0L);
    }
    return false;
  }

  static Instant bootTime(String procStat) throws IOException {
    return procStat
        .lines()
        .filter(line -> line.startsWith("btime "))
        .map(line -> Instant.ofEpochSecond(Long.parseLong(line.substring(6).strip())))
        .findFirst()
        .orElseThrow(() -> new IOException("no btime line in /proc/stat"));
  }

  /** Parses {@code /proc/<pid>/stat}; the name in parentheses may itself hold spaces and ")". */
  static ProcessInfo parse(long pid, String stat, byte[] cmdline, Instant bootTime) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ", -1);
    long parentPid = Long.parseLong(fields[PPID_AFTER_COMM]);
    long ticks = Long.parseLong(fields[STARTTIME_AFTER_COMM]);
    Duration sinceBoot = Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    return new ProcessInfo(pid, parentPid, argv(cmdline), bootTime.plus(sinceBoot));
  }

  static List<String> argv(byte[] cmdline) {
    String text = new String(cmdline, StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return List.of();
    }
    // Each argument ends in a NUL (a process that rewrote its title may omit the last one).
    String terminated = text.endsWith("\0") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(terminated.split("\0", -1));
  }

  private static Optional<ProcessInfo> readProcess(Path entry, Instant bootTime) {
    try {
      long pid = Long.parseLong(entry.getFileName().toString());
      String stat = Files.readString(entry.resolve("stat"));
      byte[] cmdline = Files.readAllBytes(entry.resolve("cmdline"));
      return Optional.of(parse(pid, stat, cmdline, bootTime));
    } catch (IOException | RuntimeException e) {
      // The process exited between listing and reading, or it is not a process directory.
      return Optional.empty();
    }
  }
}
