package dev.knaller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API end to end: real pasta, the emulator as Firecracker, a private data dir. */
class KnallerIT {
  @TempDir Path directory;
  private VmHost host;
  private VmConfig.Builder config;
  private Path emulator;

  @BeforeEach
  void prepare() throws IOException {
    assumeTrue(!isRoot(), "runs only as a regular user: pasta refuses to run as root");
    emulator =
        Path.of("")
            .toAbsolutePath()
            .getParent()
            .resolve("knaller-emulator/bin/firecracker-emulator");
    assumeTrue(Files.isExecutable(emulator), "no emulator launcher at " + emulator);
    assumeTrue(
        Files.isDirectory(emulator.getParent().resolveSibling("target")),
        "the emulator is not built");
    assumeTrue(Files.isWritable(Path.of("/dev/net/tun")), "/dev/net/tun is not usable");
    host = Knaller.at(directory.resolve("data")).withStopGrace(Duration.ofSeconds(5));
    config =
        VmConfig.builder()
            .kernel(Files.writeString(directory.resolve("vmlinux"), "test kernel"))
            .rootfs(Files.writeString(directory.resolve("rootfs.ext4"), "test rootfs"))
            .firecrackerBinary(emulator)
            .vcpus(2)
            .memoryMib(512);
  }

  @Test
  void runGivesARunningVmWhoseFactsListAgreesWithAndCloseRemovesEverything() throws Exception {
    Vm vm = host.run(config.name("lib-main").build());
    try (vm) {
      assertThat(vm.state()).isEqualTo(VmState.RUNNING);
      assertThat(vm.awaitExit(Duration.ofMillis(100))).isEmpty();
      assertThat(vm.socketPath()).exists();
      assertThat(vm.startedAt()).isBefore(Instant.now().plusSeconds(1));

      List<VmInfo> vms = host.list();
      assertThat(vms).hasSize(1);
      VmInfo info = vms.get(0);
      assertThat(info.name()).isEqualTo("lib-main");
      assertThat(info.state()).isEqualTo(VmState.RUNNING);
      assertThat(info.vcpus()).hasValue(2);
      assertThat(info.memoryMib()).hasValue(512);
      assertThat(info.guestIp()).hasValue(vm.guestIp());
      assertThat(info.sshHostPort()).hasValue(vm.sshHostPort());
      assertThat(info.pid()).hasValue(vm.pid());
    }

    assertThat(vm.state()).isEqualTo(VmState.DEAD);
    assertThat(vm.socketPath()).doesNotExist();
    assertThat(host.dataDirectory().resolve("vms/lib-main")).doesNotExist();
    assertThat(host.list()).isEmpty();
    assertThat(processesNaming(host.dataDirectory())).isEmpty();
  }

  @Test
  void aSecondRunOfARunningNameFailsAndLeavesTheFirstAlone() throws Exception {
    try (Vm first = host.run(config.name("lib-twice").build())) {
      VmConfig again = config.name("lib-twice").build();

      try {
        host.run(again).close();
        throw new AssertionError("a second run of lib-twice started");
      } catch (VmStartException e) {
        assertThat(e.step()).isEqualTo("claim the name");
        assertThat(e.getMessage()).contains("vm lib-twice is running (pid " + first.pid() + ")");
      }
      assertThat(first.state()).isEqualTo(VmState.RUNNING);
      assertThat(first.socketPath()).exists();
    }
  }

  @Test
  void stopByNameEndsAVmThisProcessStarted() throws Exception {
    Vm vm = host.run(config.name("lib-stop").build());

    host.stop("lib-stop");

    assertThat(vm.awaitExit(Duration.ofSeconds(10))).isPresent();
    vm.close();
    assertThat(host.list()).isEmpty();
  }

  // The owner is a JVM of its own that runs the VM and never closes it; killed with SIGKILL, it
  // cannot clean up, and the VM's launch script ends the VM and removes its files instead.
  @Test
  void aVmEndsByItselfWhenTheJvmThatRanItIsKilled() throws Exception {
    Process owner = startOwner("lib-owner");
    try {
      long firecracker = awaitRunning(owner);
      assertThat(host.list()).extracting(VmInfo::name).containsExactly("lib-owner");

      owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

      awaitNoProcessNaming(host.dataDirectory());
      assertThat(ProcessHandle.of(firecracker).filter(ProcessHandle::isAlive)).isEmpty();
      assertThat(host.dataDirectory().resolve("sockets/lib-owner.socket")).doesNotExist();
      assertThat(host.dataDirectory().resolve("vms/lib-owner")).doesNotExist();
      assertThat(host.list()).isEmpty();
    } finally {
      owner.destroyForcibly();
    }
  }

  private Process startOwner(String name) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> argv =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            VmOwnerProgram.class.getName(),
            host.dataDirectory().toString(),
            directory.resolve("vmlinux").toString(),
            directory.resolve("rootfs.ext4").toString(),
            emulator.toString(),
            name);
    return new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  // Reads the owner's "running PID" line, at most 60 s.
  private static long awaitRunning(Process owner) throws Exception {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
    String line = CompletableFuture.supplyAsync(() -> readLine(lines)).get(60, TimeUnit.SECONDS);
    assertThat(line).as("the owner's first line").startsWith("running ");
    return Long.parseLong(line.substring("running ".length()));
  }

  private static String readLine(BufferedReader lines) {
    try {
      return lines.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitNoProcessNaming(Path dataDirectory) throws Exception {
    for (int i = 0; i < 600 && !processesNaming(dataDirectory).isEmpty(); i++) {
      Thread.sleep(50);
    }
    assertThat(processesNaming(dataDirectory)).isEmpty();
  }

  private static List<String> processesNaming(Path dataDirectory) throws IOException {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .map(KnallerIT::cmdline)
          .filter(cmdline -> cmdline.contains(dataDirectory.toString()))
          .toList();
    }
  }

  private static String cmdline(Path process) {
    try {
      return new String(
          Files.readAllBytes(process.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean isRoot() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .anyMatch(line -> line.startsWith("Uid:") && line.split("\\s+", -1)[1].equals("0"));
  }
}
