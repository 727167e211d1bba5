package dev.knaller.vm;

import dev.knaller.KnallerPaths;
import dev.knaller.VmConfig;
import dev.knaller.VmName;
import dev.knaller.VmStartException;
import dev.knaller.disk.RootfsCopier;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.FirecrackerVersion;
import dev.knaller.network.DnsServers;
import dev.knaller.network.HostPrefixes;
import dev.knaller.network.HostTools;
import dev.knaller.network.Ipv4Address;
import dev.knaller.network.KernelIpArgument;
import dev.knaller.network.NetworkPlan;
import dev.knaller.network.NetworkPlanner;
import dev.knaller.network.PortAllocator;
import dev.knaller.network.Preflight;
import dev.knaller.network.ToolFinder;
import dev.knaller.network.pasta.LaunchScript;
import dev.knaller.network.pasta.NamespaceNetwork;
import dev.knaller.network.pasta.PastaCommand;
import dev.knaller.process.ChildProcess;
import dev.knaller.process.ChildSpec;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One VM start, as a list of named steps run by a {@link StartSequence}. Each step that creates
 * something pushes its undo right away, so a failure at any step leaves nothing behind: no process,
 * socket, TAP (it lives in pasta's namespace and goes with it) or directory.
 */
final class VmStart {
  private static final System.Logger LOG = System.getLogger(VmStart.class.getName());
  // Ports tried for the SSH forward before a clash with another binder fails the start.
  static final int PORT_ATTEMPTS = 3;

  private final VmConfig config;
  private final VmName name;
  private final Timeouts timeouts;
  private final VmLayout layout;
  private final UndoStack undo = new UndoStack();
  private final UndoStack launchUndo = new UndoStack();

  private HostTools tools;
  private NameClaim claim;
  private NetworkPlan plan;
  private int sshHostPort;
  private List<Ipv4Address> dns;
  private boolean enablePci;
  private ChildProcess pasta;

  VmStart(VmConfig config, KnallerPaths paths, Timeouts timeouts) {
    this.config = config;
    this.name = new VmName(config.name());
    this.timeouts = timeouts;
    this.layout = new VmLayout(paths, name);
  }

  /** Runs the steps and returns the booted VM, which then owns the undo stack as its cleanup. */
  RunningVm start() throws VmStartException, InterruptedException {
    new StartSequence(name.value(), steps(), undo).run();
    releaseClaim();
    LOG.log(
        System.Logger.Level.INFO,
        "vm {0}: booted, guest {1}, ssh on 127.0.0.1:{2}",
        name,
        plan.guest(),
        Integer.toString(sshHostPort));
    return RunningVm.booted(config, layout, plan, sshHostPort, pasta, undo, timeouts);
  }

  List<StartStep> steps() {
    return List.of(
        new StartStep("validate", this::validate),
        new StartStep("preflight", this::preflight),
        new StartStep("claim the name", this::claimName),
        new StartStep("prepare the VM directory", this::prepareDirectory),
        new StartStep("copy the rootfs", this::copyRootfs),
        new StartStep("plan the network", this::planNetwork),
        new StartStep("check the Firecracker version", this::checkFirecrackerVersion),
        new StartStep("start pasta and Firecracker", this::launch),
        new StartStep("wait for the API socket", this::awaitApi),
        new StartStep("configure the VM", this::configure),
        new StartStep("boot", this::boot));
  }

  private void validate() throws Exception {
    layout.paths().requireSocketPathFits(name);
  }

  private void preflight() throws Exception {
    tools = Preflight.system().verify(config.pastaBinary());
  }

  private void claimName() throws Exception {
    Files.createDirectories(layout.paths().vmsDirectory());
    Files.createDirectories(layout.paths().socketsDirectory());
    claim =
        NameClaim.tryClaim(layout.claimFile())
            .orElseThrow(
                () ->
                    new StepException(
                        "another start of vm "
                            + name
                            + " is running; wait for it, or end it with 'knaller stop --name "
                            + name
                            + "'"));
    undo.push("release the name claim", claim::close);
    new Leftovers(layout).clear();
  }

  private void prepareDirectory() throws Exception {
    Files.createDirectory(layout.vmDirectory());
    undo.push("remove the VM directory", () -> VmFiles.deleteTree(layout.vmDirectory()));
  }

  private void copyRootfs() throws Exception {
    RootfsCopier.system().copy(config.rootfs(), layout.rootfsCopy());
  }

  // Two starts of different names can probe the same free port at the same moment; the loser's
  // pasta fails to bind it and awaitApi retries with another port.
  private void planNetwork() throws Exception {
    plan = new NetworkPlanner().plan(name.value(), HostPrefixes.read());
    sshHostPort = PortAllocator.loopback().allocate(name.value(), LivePorts.read());
    dns = DnsServers.forVm(config.hostLoopback());
  }

  private void checkFirecrackerVersion() throws Exception {
    enablePci = FirecrackerVersion.ofBinary(config.firecrackerBinary()).supportsEnablePci();
  }

  private void launch() throws Exception {
    LaunchScript.writeTo(layout.launchScript());
    undo.push("stop pasta and Firecracker, remove the API socket", this::undoLaunch);
    launchPasta();
  }

  // One attempt's processes and socket, on a stack of their own so a port clash can undo just
  // this attempt and try again. The lifeline on pasta's stdin ties the VM to this process's life:
  // the launch script ends Firecracker when it closes (see LaunchScript).
  private void launchPasta() throws Exception {
    launchUndo.push("remove the API socket", () -> Files.deleteIfExists(layout.socket()));
    ChildSpec spec =
        new ChildSpec(
                inOwnSession(pastaCommand().argv()),
                config.childEnvironment(),
                ChildOutput.console(config, layout),
                ChildOutput.diagnostics(config))
            .withLifeline();
    ChildProcess started = ChildProcess.start(spec);
    pasta = started;
    launchUndo.push(
        "stop pasta and Firecracker", () -> NamespaceKiller.kill(started.handle(), layout));
  }

  private void undoLaunch() throws Exception {
    List<Exception> failures = launchUndo.unwind();
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  // The port was free when probed, but another start (or anything else) can bind it before pasta
  // does; pasta then exits at once. A re-run would succeed, so retry here with the next free port.
  private void awaitApi() throws Exception {
    Set<Integer> clashed = new HashSet<>();
    for (int attempt = 1; ; attempt++) {
      try {
        new ApiSocketWaiter(layout.socket(), pasta, timeouts.apiDeadline()).await();
        return;
      } catch (StepException e) {
        if (!PastaPortClash.in(e.stderrTail())) {
          throw e;
        }
        clashed.add(sshHostPort);
        if (attempt == PORT_ATTEMPTS) {
          throw PastaPortClash.failure(sshHostPort, attempt, e);
        }
        LOG.log(System.Logger.Level.INFO, "vm {0}: port {1} taken, retrying", name, sshHostPort);
        undoLaunch();
        Set<Integer> taken = new HashSet<>(LivePorts.read());
        taken.addAll(clashed);
        sshHostPort = PortAllocator.loopback().allocate(name.value(), taken);
        launchPasta();
      }
    }
  }

  private void configure() throws Exception {
    String ip = KernelIpArgument.of(plan, name.value(), dns).bootArgument();
    String bootArgs = BootArgs.of(ip, config.extraBootArgs(), enablePci);
    try {
      FirecrackerCalls.configure(layout.socket(), config, bootArgs, layout.rootfsCopy(), plan);
    } catch (FirecrackerException e) {
      throw apiFailure(e);
    }
  }

  private void boot() throws Exception {
    try {
      FirecrackerCalls.boot(layout.socket());
    } catch (FirecrackerException e) {
      throw apiFailure(e);
    }
  }

  // An API error may come from a Firecracker that is dying: quote its stderr either way.
  private StepException apiFailure(FirecrackerException e) throws InterruptedException {
    OptionalInt exit = OptionalInt.empty();
    if (!pasta.isAlive()) {
      exit = pasta.awaitExit(NamespaceKiller.EXIT_WAIT).map(OptionalInt::of).orElse(exit);
    }
    String tail = pasta.stderrTail().text();
    return new StepException(ChildDiagnosis.apiFailure(e.getMessage(), tail), exit, tail, e);
  }

  private PastaCommand pastaCommand() {
    NamespaceNetwork network =
        new NamespaceNetwork(
            plan.tapName(),
            plan.gatewayWithLength(),
            plan.gateway().toString(),
            plan.guest().toString());
    return new PastaCommand(
        tools.pasta(),
        sshHostPort,
        layout.launchScript(),
        tools.ip(),
        tools.nft(),
        network,
        layout.socket(),
        firecrackerArgv(),
        config.hostLoopback());
  }

  // A terminal's Ctrl+C goes to its whole foreground process group: pasta and Firecracker would
  // die at once. In a session of their own only this JVM gets it and stops the VM in order.
  // setsid(1) execs pasta in place, so the child's PID stays pasta's.
  private static List<String> inOwnSession(List<String> argv) {
    List<String> result = new ArrayList<>();
    ToolFinder.system()
        .find("setsid")
        .ifPresent(setsid -> result.addAll(List.of(setsid.toString(), "--wait")));
    result.addAll(argv);
    return result;
  }

  private List<String> firecrackerArgv() {
    List<String> argv = new ArrayList<>();
    argv.add(config.firecrackerBinary().toString());
    argv.addAll(List.of("--api-sock", layout.socket().toString(), "--id", name.value()));
    if (enablePci) {
      argv.add("--enable-pci");
    }
    return argv;
  }

  private void releaseClaim() {
    try {
      claim.close();
    } catch (java.io.IOException e) {
      // The lock goes with the process anyway; a left lock file blocks nothing.
      LOG.log(System.Logger.Level.WARNING, "releasing the claim on {0} failed: {1}", name, e);
    }
  }
}
