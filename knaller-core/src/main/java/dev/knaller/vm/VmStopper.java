package dev.knaller.vm;

import dev.knaller.KnallerException;
import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import dev.knaller.VmNotFoundException;
import dev.knaller.disk.FileProblem;
import dev.knaller.process.ProcessInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Stops a VM by name from any process: finds its Firecracker by the exact socket path in the
 * process table, shuts it down by escalation, and removes the socket and the VM directory. A VM
 * that is already dead only gets cleaned up, after ending a pasta that still runs its launch script
 * (a start killed before Firecracker ran, or a script removing the files of a VM whose owner died),
 * so that no two processes remove the files at once.
 */
public final class VmStopper {
  private final KnallerPaths paths;
  private final Duration grace;

  public VmStopper(KnallerPaths paths, Duration grace) {
    this.paths = paths;
    this.grace = grace;
  }

  public void stop(String name) throws KnallerException, InterruptedException {
    VmLayout layout = new VmLayout(paths, parse(name));
    if (!Files.exists(layout.socket(), LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(layout.vmDirectory(), LinkOption.NOFOLLOW_LINKS)) {
      throw new VmNotFoundException(name, layout.socket().toString());
    }
    try {
      refuseOtherThanSocket(layout);
      NameClaim claim = claim(layout);
      try {
        shutDown(layout);
        Files.deleteIfExists(layout.socket());
        VmFiles.deleteTree(layout.vmDirectory());
      } finally {
        claim.close();
      }
    } catch (IOException e) {
      throw new KnallerException(
          "cleaning up vm " + name + " failed: " + FileProblem.describe(e), e);
    }
  }

  private static void refuseOtherThanSocket(VmLayout layout) throws IOException, KnallerException {
    Optional<String> other = SocketFile.otherThanSocket(layout.socket());
    if (other.isPresent()) {
      throw new KnallerException(
          SocketFile.leftAlone(layout.name().value(), layout.socket(), other.get()));
    }
  }

  // A socket that answers while no process has exactly its --api-sock is someone else's server.
  private static void refuseForeignListener(VmLayout layout) throws KnallerException {
    if (SocketFile.hasListener(layout.socket())) {
      throw new KnallerException(foreignListener(layout));
    }
  }

  static String foreignListener(VmLayout layout) {
    return "vm "
        + layout.name()
        + ": something listens on "
        + layout.socket()
        + " but no Firecracker of knaller's serves it (no process has exactly --api-sock"
        + " with that path); knaller leaves it alone";
  }

  private static VmName parse(String name) throws KnallerException {
    Optional<String> problem = VmName.problem(name);
    if (problem.isPresent()) {
      throw new KnallerException(problem.get());
    }
    return new VmName(name);
  }

  // A start in progress holds the claim and owns the VM's files until it has booted; a stop holds
  // it while it shuts the VM down. Either way another knaller process is at work on this name.
  private static NameClaim claim(VmLayout layout) throws IOException, KnallerException {
    Files.createDirectories(layout.paths().vmsDirectory());
    return NameClaim.tryClaim(layout.claimFile())
        .orElseThrow(() -> new KnallerException(claimHeld(layout.name().value())));
  }

  static String claimHeld(String name) {
    return "vm "
        + name
        + " is being started or stopped by another knaller process right now; try again once"
        + " it has finished";
  }

  private void shutDown(VmLayout layout)
      throws IOException, InterruptedException, KnallerException {
    VmProcesses processes = VmProcesses.read(layout.paths());
    Optional<ProcessInfo> server = processes.firecracker(layout.socket());
    Optional<ProcessHandle> firecracker = server.flatMap(s -> ProcessHandle.of(s.pid()));
    if (firecracker.isEmpty()) {
      refuseForeignListener(layout);
      new Leftovers(layout).endLaunches(processes.table());
      return;
    }
    Optional<ProcessHandle> pasta =
        server.flatMap(processes::pasta).flatMap(parent -> ProcessHandle.of(parent.pid()));
    VmShutdown.stop(layout, firecracker.get(), pasta, grace);
  }
}
