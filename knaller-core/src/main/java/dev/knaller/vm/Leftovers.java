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
 * was never booted, or a pasta still running this VM's launch script, belongs to a start that died
 * (a CLI killed with SIGKILL) and is ended; a socket nobody serves is stale and removed. A VM that
 * runs, or whose API does not answer, is never touched.
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
    ProcessTable table = ProcessTable.read();
    Optional<ProcessInfo> server = table.apiServer(layout.socket());
    if (server.isPresent()) {
      endAbandonedServer(server.get());
    } else if (SocketFile.hasListener(layout.socket())) {
      throw new StepException(VmStopper.foreignListener(layout));
    }
    endAbandonedLaunches(table);
    if (Files.deleteIfExists(layout.socket())) {
      LOG.log(System.Logger.Level.INFO, "vm {0}: removed a stale API socket", layout.name());
    }
    VmFiles.deleteTree(layout.vmDirectory());
  }

  private void endAbandonedServer(ProcessInfo server) throws StepException, InterruptedException {
    Optional<ApiFacts> facts = ApiFacts.query(layout.socket(), QUERY_TIMEOUT);
    boolean neverBooted = facts.map(f -> f.state() == VmState.NOT_STARTED).orElse(false);
    if (!neverBooted) {
      throw new StepException(alreadyExists(server, facts));
    }
    LOG.log(System.Logger.Level.INFO, "vm {0}: ending an abandoned start", layout.name());
    Optional<ProcessHandle> handle = ProcessHandle.of(server.pid());
    if (handle.isPresent()) {
      handle.get().destroyForcibly();
      ProcessStopper.awaitExit(handle.get(), EXIT_WAIT);
    }
  }

  // A pasta whose script has not yet become Firecracker names the script in its argv.
  private void endAbandonedLaunches(ProcessTable table) throws InterruptedException {
    String script = layout.launchScript().toString();
    for (ProcessInfo process : table.processes()) {
      if (PastaArgv.isPasta(process.argv()) && process.argv().contains(script)) {
        Optional<ProcessHandle> pasta = ProcessHandle.of(process.pid());
        if (pasta.isPresent()) {
          NamespaceKiller.kill(pasta.get(), layout.socket());
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
