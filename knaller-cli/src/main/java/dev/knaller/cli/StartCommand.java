package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.Vm;
import dev.knaller.VmConfig;
import dev.knaller.VmHost;
import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.Option;
import dev.knaller.cli.args.Syntax;
import dev.knaller.network.Preflight;
import dev.knaller.network.PreflightException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code knaller start}: starts a VM and stays in the foreground until it ends. Ctrl+C (SIGINT) or
 * SIGTERM stops the VM and cleans up before the JVM exits.
 */
final class StartCommand implements Command {
  // How long a signal waits for the stop and cleanup: the stop's grace plus its escalation.
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

  private static final Option<String> NAME =
      Option.text("--name", "NAME", "VM name (default: random), e.g. web-1");
  private static final Option<Path> KERNEL =
      Option.path(
          "--kernel",
          "FILE",
          "Kernel (default: the image's vmlinux; the image is built if missing)");
  private static final Option<Path> INITRD =
      Option.path("--initrd", "FILE", "Initial ramdisk (default: the built image's, if any)");
  private static final Option<Path> ROOTFS =
      Option.path(
          "--rootfs", "FILE", "Base root filesystem; the VM boots a copy (default: the image's)");
  private static final Option<Integer> CPUS =
      Option.integer(
          "--cpus",
          "N",
          "vCPUs, "
              + VmConfig.MIN_VCPUS
              + "-"
              + VmConfig.MAX_VCPUS
              + " (default: "
              + VmConfig.DEFAULT_VCPUS
              + ")",
          VmConfig.MIN_VCPUS + " to " + VmConfig.MAX_VCPUS);
  private static final Option<Integer> MEMORY =
      Option.integer(
          "--mem",
          "MIB",
          "Memory in MiB, at least 128, at most the host's (default: "
              + VmConfig.DEFAULT_MEMORY_MIB
              + ")",
          "at least " + VmConfig.MIN_MEMORY_MIB + " MiB, at most the host's physical memory");
  private static final Option<String> BOOT_ARGS =
      Option.text("--boot-args", "ARGS", "Extra kernel arguments, e.g. 'quiet'");
  private static final Option<Path> FIRECRACKER =
      Option.path(
          "--firecracker",
          "FILE",
          "Firecracker binary (default: firecracker on PATH, /usr/sbin, /sbin)");
  private static final Option<Path> PASTA =
      Option.path("--pasta", "FILE", "pasta binary (default: pasta on PATH, /usr/sbin, /sbin)");
  private static final Option<Boolean> HOST_LOOPBACK =
      Option.flag(
          "Guest reaches the host's 127.0.0.1 at the gateway address (see README)",
          "--host-loopback");
  private static final Option<Boolean> VERBOSE =
      Option.flag("Show the guest console, child output and progress", "-v", "--verbose");
  private static final Syntax SYNTAX =
      Syntax.of("start", "Start a VM in the foreground; Ctrl+C or SIGTERM stops it and cleans up.")
          .withOptions(
              NAME,
              KERNEL,
              INITRD,
              ROOTFS,
              CPUS,
              MEMORY,
              BOOT_ARGS,
              FIRECRACKER,
              PASTA,
              HOST_LOOPBACK,
              VERBOSE);

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  @SuppressWarnings("try") // the hook is held for the scope, never read
  public int run(Arguments arguments) throws KnallerException {
    StderrLogging.setVerbose(arguments.has(VERBOSE));
    VmHost host = CliPaths.knaller();
    // Installed before the image build too: a signal then stops the build's tools and removes
    // its staging directory instead of leaving mmdebstrap running.
    try (SignalInterrupter signals = SignalInterrupter.forCurrentThread(SHUTDOWN_WAIT)) {
      return startAndWait(host, arguments);
    }
  }

  private int startAndWait(VmHost host, Arguments arguments) throws KnallerException {
    try {
      return runInForeground(host, config(host, arguments));
    } catch (InterruptedException e) {
      System.err.println("knaller: interrupted while preparing the guest image; nothing started");
      return ExitCodes.FAILURE;
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

  private static VmConfig config(VmHost host, Arguments arguments)
      throws KnallerException, InterruptedException {
    boolean verbose = arguments.has(VERBOSE);
    VmConfig.Builder builder =
        VmConfig.builder()
            .name(arguments.get(NAME).orElse(null))
            .kernel(arguments.get(KERNEL).orElse(null))
            .initrd(arguments.get(INITRD).orElse(null))
            .rootfs(arguments.get(ROOTFS).orElse(null))
            .vcpus(arguments.get(CPUS, VmConfig.DEFAULT_VCPUS))
            .memoryMib(arguments.get(MEMORY, VmConfig.DEFAULT_MEMORY_MIB))
            .extraBootArgs(arguments.get(BOOT_ARGS, ""))
            .firecrackerBinary(arguments.get(FIRECRACKER).orElse(null))
            .pastaBinary(arguments.get(PASTA).orElse(null))
            .hostLoopback(arguments.has(HOST_LOOPBACK))
            .verbose(verbose);
    if (arguments.get(KERNEL).isEmpty() || arguments.get(ROOTFS).isEmpty()) {
      // The README's one command: the first start builds the guest image (a few minutes).
      builder.checkAllButAbsentImage();
      requireUsableHost(arguments.get(PASTA));
      builder.image(host.ensureDefaultImage(new ProgressLines(System.err, verbose)).layout());
    }
    return builder.build();
  }

  // As root, or without pasta, nft or a usable /dev/net/tun, the start fails anyway: say so
  // before minutes of image building rather than after.
  private static void requireUsableHost(Optional<Path> pasta) throws KnallerException {
    try {
      Preflight preflight = Preflight.system();
      if (pasta.isEmpty()) {
        preflight.verify();
      } else {
        preflight.verify(pasta.get());
      }
    } catch (PreflightException e) {
      throw new KnallerException(e.getMessage(), e);
    }
  }
}
