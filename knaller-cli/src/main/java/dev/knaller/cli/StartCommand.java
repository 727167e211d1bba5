package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.Vm;
import dev.knaller.VmConfig;
import dev.knaller.VmHost;
import dev.knaller.network.Preflight;
import dev.knaller.network.PreflightException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code knaller start}: starts a VM and stays in the foreground until it ends. Ctrl+C (SIGINT) or
 * SIGTERM stops the VM and cleans up before the JVM exits.
 */
@Command(
    name = "start",
    description = "Start a VM in the foreground; Ctrl+C or SIGTERM stops it and cleans up.")
final class StartCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  // How long a signal waits for the stop and cleanup: the stop's grace plus its escalation.
  private static final long SHUTDOWN_WAIT_SECONDS = 30;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "VM name (default: random), e.g. web-1")
  String name;

  @Option(
      names = "--kernel",
      paramLabel = "FILE",
      description = "Kernel (default: the guest image's vmlinux; the image is built when missing)")
  Path kernel;

  @Option(
      names = "--initrd",
      paramLabel = "FILE",
      description = "Initial ramdisk (default: the built image's, if any)")
  Path initrd;

  @Option(
      names = "--rootfs",
      paramLabel = "FILE",
      description = "Base root filesystem; the VM boots a copy (default: the built image's)")
  Path rootfs;

  @Option(
      names = "--cpus",
      paramLabel = "N",
      defaultValue = "1",
      converter = RangeConverter.Vcpus.class,
      description = "vCPUs, 1-32 (default: ${DEFAULT-VALUE})")
  int cpus;

  @Option(
      names = "--mem",
      paramLabel = "MIB",
      defaultValue = "1024",
      converter = RangeConverter.MemoryMib.class,
      description = "Memory in MiB, at least 128, at most the host's (default: ${DEFAULT-VALUE})")
  int memoryMib;

  @Option(
      names = "--boot-args",
      paramLabel = "ARGS",
      defaultValue = "",
      description = "Extra kernel arguments, e.g. 'quiet'")
  String bootArgs;

  @Option(
      names = "--firecracker",
      paramLabel = "FILE",
      description = "Firecracker binary (default: firecracker on PATH, /usr/sbin, /sbin)")
  Path firecracker;

  @Option(
      names = "--pasta",
      paramLabel = "FILE",
      description = "pasta binary (default: pasta on PATH, /usr/sbin, /sbin)")
  Path pasta;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show the guest console, child output and progress")
  boolean verbose;

  @Override
  public Integer call() throws KnallerException, InterruptedException {
    StderrLogging.setVerbose(verbose);
    VmHost host = CliPaths.knaller();
    Thread main = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    // Installed before the image build too: a signal then stops the build's tools and removes
    // its staging directory instead of leaving mmdebstrap running.
    Thread onSignal = new Thread(() -> stopFromSignal(main, finished), "knaller-signal");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      return runInForeground(host, config(host));
    } catch (InterruptedException e) {
      System.err.println("knaller: interrupted while preparing the guest image; nothing started");
      return ExitCodes.FAILURE;
    } finally {
      finished.countDown();
    }
  }

  private int runInForeground(VmHost host, VmConfig config) throws KnallerException {
    try (Vm vm = host.run(config)) {
      System.out.println(ReadyMessage.of(vm, CliPaths.current().sshPrivateKey()));
      System.out.flush();
      return reportEnd(vm, vm.awaitExit());
    } catch (InterruptedException e) {
      // A signal: leaving the try block has stopped the VM, or the start has unwound.
      System.err.println("knaller: vm " + config.name() + " stopped and cleaned up");
      return ExitCodes.SUCCESS;
    }
  }

  // Status 0 is a clean guest shutdown (Ctrl+Alt+Del from `knaller stop`, or a reboot inside the
  // guest with reboot=k), and a `knaller stop` that had to escalate to signals is intended too.
  // Anything else, 128+N for signal N included, is the VM dying from outside (kill, OOM killer,
  // pasta ended): a run-time failure.
  private static int reportEnd(Vm vm, int status) {
    if (status == 0 || vm.stoppedByName()) {
      System.err.println("knaller: vm " + vm.name() + " ended (exit status " + status + ")");
      return ExitCodes.SUCCESS;
    }
    String tail = vm.stderrTail();
    System.err.println(
        "knaller: vm "
            + vm.name()
            + " ended unexpectedly (exit status "
            + status
            + (status > 128 ? ", killed by signal " + (status - 128) : "")
            + ")"
            + (tail.isEmpty() ? "" : "; child stderr (last lines):\n" + tail));
    return ExitCodes.FAILURE;
  }

  // The JVM runs this on SIGINT/SIGTERM: interrupt the main thread, whose try-with-resources then
  // stops the VM (or whose start unwinds), and wait for it before the JVM halts.
  private static void stopFromSignal(Thread main, CountDownLatch finished) {
    main.interrupt();
    try {
      finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private VmConfig config(VmHost host) throws KnallerException, InterruptedException {
    VmConfig.Builder builder =
        VmConfig.builder()
            .name(name)
            .kernel(kernel)
            .initrd(initrd)
            .rootfs(rootfs)
            .vcpus(cpus)
            .memoryMib(memoryMib)
            .extraBootArgs(bootArgs)
            .firecrackerBinary(firecracker)
            .pastaBinary(pasta)
            .verbose(verbose);
    if (kernel == null || rootfs == null) {
      // The README's one command: the first start builds the guest image (a few minutes).
      builder.checkAllButAbsentImage();
      requireUsableHost();
      builder.image(host.ensureDefaultImage(new ProgressLines(System.err, verbose)).layout());
    }
    return builder.build();
  }

  // As root, or without pasta, nft or a usable /dev/net/tun, the start fails anyway: say so
  // before minutes of image building rather than after.
  private void requireUsableHost() throws KnallerException {
    try {
      Preflight preflight = Preflight.system();
      if (pasta == null) {
        preflight.verify();
      } else {
        preflight.verify(pasta);
      }
    } catch (PreflightException e) {
      throw new KnallerException(e.getMessage(), e);
    }
  }
}
