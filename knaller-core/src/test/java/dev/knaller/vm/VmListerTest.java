package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.KnallerPaths;
import dev.knaller.VmInfo;
import dev.knaller.VmName;
import dev.knaller.VmState;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list} over real socket files, with no Firecracker of the test's anywhere in /proc. */
class VmListerTest {
  private static final Duration QUERY = Duration.ofSeconds(2);

  @TempDir Path dir;
  private KnallerPaths paths;

  @BeforeEach
  void setUp() throws Exception {
    paths = new KnallerPaths(dir.resolve("knaller"));
    Files.createDirectories(paths.socketsDirectory());
  }

  @Test
  void aSocketNobodyListensOnIsADeadVm() throws Exception {
    staleSocket("web");

    assertThat(list()).singleElement().satisfies(vm -> assertDead(vm, "web"));
  }

  // No process has --api-sock with this path, but something answers: not a dead VM of knaller's.
  @Test
  void aSocketThatAnswersWithoutAFirecrackerIsNotCalledDead() throws Exception {
    ServerSocketChannel listener = listen("other");
    try {
      staleSocket("web");

      assertThat(list()).extracting(VmInfo::name).containsExactly("web");
      assertThat(paths.socketPath(new VmName("other"))).exists();
    } finally {
      listener.close();
    }
  }

  // What a start SIGKILLed during the rootfs copy leaves: no socket, no process, no held claim.
  @Test
  void aVmDirectoryAKilledStartLeftIsListedDeadUntouchedAndStopRemovesIt() throws Exception {
    VmLayout web = killedStart("web");
    Path partial = web.vmDirectory().resolve(".rootfs.ext4123.partial");

    assertThat(list()).singleElement().satisfies(vm -> assertDead(vm, "web"));
    assertThat(list()).hasSize(1);
    assertThat(partial).exists();
    assertThat(web.claimFile()).exists();

    new VmStopper(paths, Duration.ofSeconds(1)).stop("web");

    assertThat(web.vmDirectory()).doesNotExist();
    assertThat(web.claimFile()).doesNotExist();
    assertThat(list()).isEmpty();
  }

  // A start in progress holds the claim and owns the directory until its socket appears.
  @Test
  void aVmDirectoryWhoseClaimIsHeldIsAStartInProgressAndNotListed() throws Exception {
    VmLayout web = killedStart("web");
    NameClaim claim = NameClaim.tryClaim(web.claimFile()).orElseThrow();
    try {
      assertThat(list()).isEmpty();
    } finally {
      claim.close();
    }
    assertThat(list()).singleElement().satisfies(vm -> assertDead(vm, "web"));
  }

  // The claim of a start in another process: an fcntl record lock, as FileChannel.tryLock takes
  // (Python's lockf is fcntl F_SETLKW), held by a stand-in for that start.
  @Test
  void aClaimHeldByAnotherProcessHidesTheDirectoryUntilThatProcessEnds() throws Exception {
    VmLayout web = killedStart("web");
    String holdLock =
        """
        import fcntl, sys, time
        f = open(sys.argv[1], 'a')
        fcntl.lockf(f, fcntl.LOCK_EX)
        time.sleep(30)
        """;
    Process holder =
        new ProcessBuilder("python3", "-c", holdLock, web.claimFile().toString()).start();
    try {
      awaitHeld(web.claimFile());
      assertThat(list()).isEmpty();
    } finally {
      holder.destroyForcibly();
      holder.waitFor();
    }
    awaitReleased(web.claimFile());
    assertThat(list()).singleElement().satisfies(vm -> assertDead(vm, "web"));
  }

  private static void awaitHeld(Path claim) throws Exception {
    awaitLock(claim, true);
  }

  // The lock goes once the killed sleep has exited, which destroyForcibly does not wait for.
  private static void awaitReleased(Path claim) throws Exception {
    awaitLock(claim, false);
  }

  private static void awaitLock(Path claim, boolean held) throws Exception {
    for (int i = 0; i < 500 && HeldLocks.read().isHeld(claim) != held; i++) {
      Thread.sleep(20);
    }
    assertThat(HeldLocks.read().isHeld(claim)).as("lock held on " + claim).isEqualTo(held);
  }

  @Test
  void aDeadVmWithBothSocketAndDirectoryIsListedOnce() throws Exception {
    staleSocket("web");
    killedStart("web");
    killedStart("db");

    assertThat(list()).extracting(VmInfo::name).containsExactly("db", "web");
  }

  @Test
  void aLinkOrFileInTheVmsDirectoryIsNoVm() throws Exception {
    Path vms = Files.createDirectories(paths.vmsDirectory());
    Files.createSymbolicLink(
        vms.resolve("link"), Files.createDirectories(dir.resolve("elsewhere")));
    Files.writeString(vms.resolve("file"), "x");
    Files.createDirectories(vms.resolve("Not-A-Name"));

    assertThat(list()).isEmpty();
  }

  private VmLayout killedStart(String name) throws Exception {
    VmLayout layout = new VmLayout(paths, new VmName(name));
    Files.createDirectories(layout.vmDirectory());
    Files.write(layout.vmDirectory().resolve(".rootfs.ext4123.partial"), new byte[4096]);
    Files.write(layout.claimFile(), new byte[17]);
    return layout;
  }

  private List<VmInfo> list() throws Exception {
    return new VmLister(paths, QUERY).list();
  }

  private ServerSocketChannel listen(String name) throws Exception {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(paths.socketPath(new VmName(name))));
    return channel;
  }

  // Closing a bound Unix socket leaves its file behind, as a killed Firecracker does.
  private void staleSocket(String name) throws Exception {
    listen(name).close();
  }

  static void assertDead(VmInfo vm, String name) {
    assertThat(vm.name()).isEqualTo(name);
    assertThat(vm.state()).isEqualTo(VmState.DEAD);
    assertThat(vm.pid()).isEmpty();
    assertThat(vm.vcpus()).isEmpty();
    assertThat(vm.sshHostPort()).isEmpty();
    assertThat(vm.startedAt()).isEmpty();
  }
}
