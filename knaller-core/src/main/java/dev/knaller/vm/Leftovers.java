package dev.knaller.vm;

import dev.knaller.VmState;
import dev.knaller.network.pasta.PastaArgv;
import dev.knaller.process.ProcessInfo;
import dev.knaller.process.ProcessStopper;
import dev.knaller.process.ProcessTable;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

/**
 * Clears what an earlier start of the same name left behind, or refuses when that VM still runs.
 * Runs only while holding the name's claim, so no other start is in progress: a Firecracker that
 * was never booted belongs to a start that died (a CLI killed with SIGKILL, whose VM the launch
 * script's watchdog is ending anyway) and is ended; so is a pasta still running this VM's launch
 * script with no Firecracker; a socket nobody serves is stale and removed. A Firecracker whose API
 * does not answer gets a few seconds to exit (one whose owner just died is being ended); a VM that
 * runs, or stays unresponsive, is never touched.
 */
final class Leftovers {
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration EXIT_WAIT = Duration.ofSeconds(3);
  private static final System.Logger LOG = System.getLogger(Leftovers.class.getName());

  private final VmLayout layout;

  Leftovers(VmLayout layout) {
    this.layout = layout;
  }

  void clear() throws StepException, IOException, InterruptedException {
    Optional<String> other = SocketFile.otherThanSocket(layout.socket());
    if (other.isPresent()) {
      throw new StepException(
          SocketFile.leftAlone(layout.name().value(), layout.socket(), other.get()));
    }
    VmProcesses processes = VmProcesses.read(layout.paths());
    Optional<ProcessInfo> server = processes.firecracker(layout.socket());
    if (server.isPresent()) {
      endAbandonedServer(server.get());
    } else if (SocketFile.hasListener(layout.socket())) {
      throw new StepException(VmStopper.foreignListener(layout));
    }
    endLaunches(processes.table());
    if (Files.deleteIfExists(layout.socket())) {
      LOG.log(System.Logger.Level.INFO, "vm {0}: removed a stale API socket", layout.name());
    }
    VmFiles.deleteTree(layout.vmDirectory());
  }

  private void endAbandonedServer(ProcessInfo server) throws StepException, InterruptedException {
    Optional<ProcessHandle> handle = ProcessHandle.of(server.pid());
    Optional<ApiFacts> facts = ApiFacts.query(layout.socket(), QUERY_TIMEOUT);
    if (facts.isEmpty() && endsByItself(handle)) {
      LOG.log(System.Logger.Level.INFO, "vm {0}: its Firecracker ended by itself", layout.name());
      return;
    }
    boolean neverBooted = facts.map(f -> f.state() == VmState.NOT_STARTED).orElse(false);
    if (!neverBooted) {
      throw new StepException(alreadyExists(server, facts));
    }
    LOG.log(System.Logger.Level.INFO, "vm {0}: ending an abandoned start", layout.name());
    if (handle.isPresent()) {
      handle.get().destroyForcibly();
      ProcessStopper.awaitExit(handle.get(), EXIT_WAIT);
    }
  }

  // A Firecracker whose owner has just died is being ended by the launch script's watchdog, and a
  // process shutting down on SIGTERM stops answering before it exits; a frozen one stays.
  private static boolean endsByItself(Optional<ProcessHandle> server) throws InterruptedException {
    return server.isEmpty() || ProcessStopper.awaitExit(server.get(), EXIT_WAIT);
  }

  /**
   * Ends every pasta that runs this VM's launch script (its argv names the script): called only
   * when no Firecracker serves the socket, so such a pasta belongs to a start that died before
   * Firecracker ran, or to a VM whose Firecracker has ended and whose script may still be removing
   * the VM's files after its owner died. Killing the namespace ends that removal before the caller
   * touches the files, and returns once pasta is gone.
   */
  void endLaunches(ProcessTable table) throws InterruptedException {
    String script = layout.launchScript().toString();
    for (ProcessInfo process : table.processes()) {
      if (PastaArgv.isPasta(process.argv()) && process.argv().contains(script)) {
        Optional<ProcessHandle> pasta = ProcessHandle.of(process.pid());
        if (pasta.isPresent()) {
          NamespaceKiller.kill(pasta.get(), layout);
        }
      }
    }
  }

  private String alreadyExists(ProcessInfo server, Optional<ApiFacts> facts) {
    String name = layout.name().value();
    String state =
        facts
            .map(f -> "is " + f.state().name().toLowerCase(java.util.Locale.ROOT))
            .orElse("exists but its API does not answer");
    return "vm "
        + name
        + " "
        + state
        + " (pid "
        + server.pid()
        + "); stop it with 'knaller stop"
        + " --name "
        + name
        + "' or choose another name";
  }
}
