package dev.knaller.vm;

import dev.knaller.KnallerException;
import dev.knaller.Vm;
import dev.knaller.VmConfig;
import dev.knaller.VmState;
import dev.knaller.network.NetworkPlan;
import dev.knaller.process.ChildProcess;
import dev.knaller.process.ProcessExit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;

/**
 * A VM this process started and booted. Its cleanup is what remained on the start's undo stack: end
 * pasta's namespace, remove the API socket, remove the VM directory. Should this process die
 * without running it, the launch script ends the VM and removes its files itself (the lifeline on
 * pasta's stdin closes).
 */
final class RunningVm implements Vm {
  private final VmConfig config;
  private final VmLayout layout;
  private final String guestIp;
  private final int sshHostPort;
  private final ChildProcess pasta;
  private final ProcessHandle firecracker;
  private final Instant startedAt;
  private final UndoStack cleanup;
  private final Timeouts timeouts;

  private RunningVm(
      VmConfig config,
      VmLayout layout,
      NetworkPlan plan,
      int sshHostPort,
      ChildProcess pasta,
      ProcessHandle firecracker,
      UndoStack cleanup,
      Timeouts timeouts) {
    this.config = config;
    this.layout = layout;
    this.guestIp = plan.guest().toString();
    this.sshHostPort = sshHostPort;
    this.pasta = pasta;
    this.firecracker = firecracker;
    this.startedAt = firecracker.info().startInstant().orElse(Instant.now());
    this.cleanup = cleanup;
    this.timeouts = timeouts;
  }

  /**
   * Wraps a booted start. Firecracker is the process serving the socket, pasta's grandchild (the
   * launch shell in between); pasta stands in for it if it is already gone.
   */
  static RunningVm booted(
      VmConfig config,
      VmLayout layout,
      NetworkPlan plan,
      int sshHostPort,
      ChildProcess pasta,
      UndoStack cleanup,
      Timeouts timeouts) {
    ProcessHandle firecracker = server(layout).orElse(pasta.handle());
    return new RunningVm(config, layout, plan, sshHostPort, pasta, firecracker, cleanup, timeouts);
  }

  private static Optional<ProcessHandle> server(VmLayout layout) {
    try {
      return VmProcesses.read(layout.paths())
          .firecracker(layout.socket())
          .flatMap(info -> ProcessHandle.of(info.pid()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public long pid() {
    return firecracker.pid();
  }

  @Override
  public Path socketPath() {
    return layout.socket();
  }

  @Override
  public Instant startedAt() {
    return startedAt;
  }

  @Override
  public VmState state() {
    if (ProcessExit.hasEnded(firecracker)) {
      return VmState.DEAD;
    }
    try {
      return ApiFacts.query(layout.socket(), timeouts.queryTimeout())
          .map(ApiFacts::state)
          .orElse(VmState.UNRESPONSIVE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return VmState.UNRESPONSIVE;
    }
  }

  @Override
  public int vcpus() {
    return config.vcpus();
  }

  @Override
  public int memoryMib() {
    return config.memoryMib();
  }

  @Override
  public String guestIp() {
    return guestIp;
  }

  @Override
  public int sshHostPort() {
    return sshHostPort;
  }

  @Override
  public int awaitExit() throws InterruptedException {
    try {
      return pasta.exit().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("watching pasta of vm " + name() + " failed", e.getCause());
    }
  }

  @Override
  public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
    return pasta.awaitExit(timeout).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  // A stop by name holds the name's claim from before it signals the VM until after it has removed
  // the socket. So, looked at in this order: a held claim means a stop is at work; a free claim
  // and a missing socket mean one has finished. This process's own claim was released at boot.
  @Override
  public boolean stoppedByName() {
    try {
      Optional<NameClaim> claim = NameClaim.tryClaim(layout.claimFile());
      if (claim.isEmpty()) {
        return true;
      }
      claim.get().close();
      return !Files.exists(layout.socket(), LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String stderrTail() {
    return pasta.stderrTail().text();
  }

  @Override
  public void stop() throws KnallerException, InterruptedException {
    try {
      VmShutdown.stop(layout, firecracker, Optional.of(pasta.handle()), timeouts.stopGrace());
    } finally {
      cleanUp();
    }
  }

  @Override
  public void close() throws KnallerException {
    try {
      stop();
    } catch (InterruptedException e) {
      cleanUp();
      Thread.currentThread().interrupt();
    }
  }

  private void cleanUp() throws KnallerException {
    List<Exception> failures = cleanup.unwind();
    if (!failures.isEmpty()) {
      KnallerException failure =
          new KnallerException("cleaning up vm " + name() + " failed: " + failures.get(0));
      failures.forEach(failure::addSuppressed);
      throw failure;
    }
  }
}
