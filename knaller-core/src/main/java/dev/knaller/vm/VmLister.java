package dev.knaller.vm;

import dev.knaller.KnallerPaths;
import dev.knaller.VmInfo;
import dev.knaller.VmName;
import dev.knaller.VmState;
import dev.knaller.network.pasta.PastaArgv;
import dev.knaller.process.ProcessInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Rebuilds every VM's facts from the socket directory, with no state file: one scan of the process
 * table finds each socket's Firecracker (and its pasta, whose argv holds the SSH port); the APIs
 * are asked in parallel, each with a short timeout, so a dead, stale or frozen VM shows up as such
 * instead of hanging the list.
 */
public final class VmLister {
  private static final System.Logger LOG = System.getLogger(VmLister.class.getName());

  private final KnallerPaths paths;
  private final Duration queryTimeout;

  public VmLister(KnallerPaths paths, Duration queryTimeout) {
    this.paths = paths;
    this.queryTimeout = queryTimeout;
  }

  /**
   * Returns the VMs sorted by name: those of the sockets, then the VM directories a killed start
   * left without one (after the socket scan: see {@link AbandonedDirectories}).
   */
  public List<VmInfo> list() throws IOException, InterruptedException {
    List<VmInfo> vms = new ArrayList<>(listSockets(socketFiles()));
    vms.addAll(new AbandonedDirectories(paths).list());
    if (vms.size() > 1) {
      // By name, not by socket path ("web-1.socket" sorts before "web.socket"). Not for none: the
      // comparator's lambda alone cost a cold list with no VMs 2-3 ms.
      vms.sort(Comparator.comparing(VmInfo::name));
    }
    return vms;
  }

  private List<VmInfo> listSockets(List<Path> sockets) throws IOException, InterruptedException {
    if (sockets.isEmpty()) {
      return List.of(); // the sockets are the state: no process needs looking at
    }
    VmProcesses processes = VmProcesses.read(paths);
    Map<Path, ProcessInfo> servers = processes.firecrackers(sockets);
    // Platform daemon threads, not virtual ones: after a virtual thread's socket I/O the JDK's
    // poller thread stays in epoll_wait, and a short-lived CLI then lost ~300 ms at exit.
    ThreadFactory daemons = Thread.ofPlatform().daemon().name("knaller-list-", 0).factory();
    try (ExecutorService queries = Executors.newCachedThreadPool(daemons)) {
      List<Future<Optional<VmInfo>>> infos = new ArrayList<>();
      for (Path socket : sockets) {
        Optional<ProcessInfo> server = Optional.ofNullable(servers.get(socket));
        infos.add(queries.submit(() -> info(socket, server, processes)));
      }
      return collect(infos);
    }
  }

  private List<Path> socketFiles() throws IOException {
    List<Path> sockets = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(paths.socketsDirectory())) {
      for (Path entry : entries) {
        Optional<VmName> name = paths.nameOfSocket(entry);
        if (name.isPresent() && isSocketFile(entry)) {
          sockets.add(paths.socketPath(name.get()));
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return sockets;
  }

  // Only a Unix socket file can be a VM's API socket; a file, directory, FIFO or link named like
  // one is someone else's and is skipped.
  private static boolean isSocketFile(Path entry) throws IOException {
    if (SocketFile.isSocket(entry)) {
      return true;
    }
    LOG.log(System.Logger.Level.DEBUG, "skipping {0}: not a socket file", entry);
    return false;
  }

  private Optional<VmInfo> info(Path socket, Optional<ProcessInfo> server, VmProcesses processes)
      throws InterruptedException {
    String name = paths.nameOfSocket(socket).map(VmName::value).orElseThrow();
    if (server.isEmpty()) {
      return withoutServer(name, socket);
    }
    Optional<ApiFacts> facts = ApiFacts.query(socket, queryTimeout);
    ProcessInfo process = server.get();
    return Optional.of(
        new VmInfo(
            name,
            facts.map(ApiFacts::state).orElse(VmState.UNRESPONSIVE),
            facts.map(ApiFacts::vcpus).orElse(OptionalInt.empty()),
            facts.map(ApiFacts::memoryMib).orElse(OptionalInt.empty()),
            facts.flatMap(ApiFacts::guestIp),
            sshHostPort(process, processes),
            OptionalLong.of(process.pid()),
            Optional.of(process.startedAt()),
            socket));
  }

  // A socket that answers while no process has exactly its --api-sock is no VM of knaller's (some
  // other server, or a Firecracker in a PID namespace this /proc does not show; knaller's own VMs
  // all carry the canonical path, see KnallerPaths). stop and start leave it alone, so list skips
  // it too, as DESIGN.md says, rather than call a live listener dead and suggest a stop that
  // refuses it. Only a socket nobody listens on is a dead VM's.
  private Optional<VmInfo> withoutServer(String name, Path socket) throws InterruptedException {
    if (SocketFile.hasListener(socket, queryTimeout)) {
      LOG.log(System.Logger.Level.DEBUG, "skipping {0}: answers, but no Firecracker", socket);
      return Optional.empty();
    }
    return Optional.of(dead(name, socket));
  }

  // pasta's argv holds the forward; it is Firecracker's grandparent, the launch shell in between.
  private static OptionalInt sshHostPort(ProcessInfo server, VmProcesses processes) {
    return processes
        .pasta(server)
        .map(ProcessInfo::argv)
        .map(PastaArgv::sshHostPort)
        .orElse(OptionalInt.empty());
  }

  /** A VM with no process: every fact but the name and the socket path is unknown. */
  static VmInfo dead(String name, Path socket) {
    return new VmInfo(
        name,
        VmState.DEAD,
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        socket);
  }

  private static List<VmInfo> collect(List<Future<Optional<VmInfo>>> infos)
      throws InterruptedException {
    List<VmInfo> result = new ArrayList<>();
    for (Future<Optional<VmInfo>> info : infos) {
      try {
        info.get().ifPresent(result::add);
      } catch (ExecutionException e) {
        throw new IllegalStateException("listing a VM failed", e.getCause());
      }
    }
    return result;
  }
}
