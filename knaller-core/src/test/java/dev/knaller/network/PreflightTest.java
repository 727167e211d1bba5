package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {
  private static final Path REAL_TUN = Path.of("/dev/net/tun");

  @TempDir Path dir;
  private Path proc;
  private ToolFinder allTools;

  @BeforeEach
  void fakeProcAndTools() throws Exception {
    proc = Files.createDirectories(dir.resolve("proc"));
    Files.createDirectories(proc.resolve("self"));
    Files.createDirectories(proc.resolve("sys/user"));
    Files.createDirectories(proc.resolve("sys/kernel"));
    uid(1000);
    Files.writeString(proc.resolve("sys/user/max_user_namespaces"), "63379\n");
    Path sbin = Files.createDirectories(dir.resolve("sbin"));
    for (Tool tool : List.of(Tool.PASTA, Tool.NFT, Tool.IP)) {
      ToolFinderTest.executable(sbin.resolve(tool.command()));
    }
    allTools = new ToolFinder("", List.of(sbin));
  }

  // B21 (a)
  @Test
  void rootIsRefusedBecauseKnallerIsRootless() throws Exception {
    uid(0);

    assertThat(preflight(REAL_TUN, allTools).rootProblem())
        .hasValueSatisfying(
            p -> assertThat(p.message()).contains("running as root", "regular user"));
  }

  @Test
  void aRegularUserPassesTheRootCheck() {
    assertThat(preflight(REAL_TUN, allTools).rootProblem()).isEmpty();
  }

  // B21 (b): /dev/net hidden by a tmpfs in a private mount namespace looks like this.
  @Test
  void aMissingTunDeviceSuggestsModprobe() {
    assertThat(TunDeviceCheck.problem(dir.resolve("dev/net/tun")))
        .hasValueSatisfying(p -> assertThat(p.message()).contains("is missing", "modprobe tun"));
  }

  @Test
  void aRegularFileIsNotTheTunDevice() throws Exception {
    Path file = Files.writeString(dir.resolve("tun"), "");

    assertThat(TunDeviceCheck.problem(file))
        .hasValueSatisfying(
            p ->
                assertThat(p.message())
                    .contains("not a character device", "10:200", "modprobe tun"));
  }

  @Test
  void anotherCharacterDeviceIsNotTheTunDevice() {
    assertThat(TunDeviceCheck.problem(Path.of("/dev/null")))
        .hasValueSatisfying(p -> assertThat(p.message()).contains("found character device 1:3"));
  }

  @Test
  void theRealTunDeviceIsUsable() {
    assumeTrue(Files.exists(REAL_TUN), "this machine has no /dev/net/tun");

    assertThat(TunDeviceCheck.problem(REAL_TUN)).isEmpty();
  }

  @Test
  void deviceNumbersAreDecodedLikeGlibc() {
    assertThat(TunDeviceCheck.major(2760)).isEqualTo(10);
    assertThat(TunDeviceCheck.minor(2760)).isEqualTo(200);
    long big = makedev(0xabc123, 0x67845);
    assertThat(TunDeviceCheck.major(big)).isEqualTo(0xabc123);
    assertThat(TunDeviceCheck.minor(big)).isEqualTo(0x67845);
  }

  @Test
  void disabledUserNamespacesAreNamedWithTheSysctl() throws Exception {
    Files.writeString(proc.resolve("sys/user/max_user_namespaces"), "0\n");

    assertThat(preflight(REAL_TUN, allTools).userNamespaceProblem())
        .hasValueSatisfying(p -> assertThat(p.message()).contains("user.max_user_namespaces"));
  }

  @Test
  void debiansUnprivilegedClonSwitchIsChecked() throws Exception {
    Files.writeString(proc.resolve("sys/kernel/unprivileged_userns_clone"), "0\n");

    assertThat(preflight(REAL_TUN, allTools).userNamespaceProblem())
        .hasValueSatisfying(
            p -> assertThat(p.message()).contains("kernel.unprivileged_userns_clone=1"));
  }

  // B22 (b): every missing tool is named with its package, all in one report.
  @Test
  void everyProblemIsReportedAtOnceWithItsRemedy() {
    Path emptyTun = dir.resolve("no-tun");
    ToolFinder noTools = new ToolFinder("", List.of(dir.resolve("empty")));

    assertThatThrownBy(() -> preflight(emptyTun, noTools).verify())
        .isInstanceOfSatisfying(
            PreflightException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(PreflightProblem::check)
                  .containsExactly("/dev/net/tun", "pasta", "nft", "ip");
              assertThat(e.getMessage()).contains("passt", "nftables", "iproute2", "modprobe tun");
            });
  }

  @Test
  void withEverythingInPlaceTheToolPathsAreReturned() throws Exception {
    assumeTrue(Files.exists(REAL_TUN), "this machine has no /dev/net/tun");

    HostTools tools = preflight(REAL_TUN, allTools).verify();
    assertThat(tools.nft()).isEqualTo(dir.resolve("sbin/nft"));
    assertThat(tools.ip()).isEqualTo(dir.resolve("sbin/ip"));
  }

  @Test
  void anExplicitPastaMustBeExecutable() {
    Path notThere = dir.resolve("nowhere/pasta");

    assertThatThrownBy(() -> preflight(REAL_TUN, allTools).verify(notThere))
        .isInstanceOf(PreflightException.class)
        .hasMessageContaining(notThere.toString());
  }

  // The real host: as the CI user it must pass; as root it must refuse.
  @Test
  void thisHostPassesAsARegularUserAndRefusesRoot() throws Exception {
    boolean root =
        Files.readString(Path.of("/proc/self/status")).matches("(?s).*\nUid:\\s+\\d+\\s+0\\s.*");
    if (root) {
      assertThatThrownBy(() -> Preflight.system().verify())
          .isInstanceOfSatisfying(
              PreflightException.class,
              e -> assertThat(e.problems()).extracting(PreflightProblem::check).contains("user"));
      return;
    }
    assumeTrue(ToolFinder.system().find(Tool.PASTA).isPresent(), "pasta is not installed");
    assumeTrue(ToolFinder.system().find(Tool.NFT).isPresent(), "nft is not installed");

    HostTools tools = Preflight.system().verify();
    assertThat(tools.pasta()).isAbsolute();
    assertThat(tools.nft().getFileName()).hasToString("nft");
  }

  // glibc's makedev(), written out independently of the decoder under test.
  private static long makedev(long major, long minor) {
    return ((major & 0xfff) << 8)
        | ((major & ~0xfffL) << 32)
        | (minor & 0xff)
        | ((minor & ~0xffL) << 12);
  }

  private Preflight preflight(Path tun, ToolFinder tools) {
    return new Preflight(proc, tun, tools);
  }

  private void uid(int uid) throws Exception {
    Files.writeString(
        proc.resolve("self/status"),
        "Name:\tjava\nUid:\t"
            + uid
            + "\t"
            + uid
            + "\t"
            + uid
            + "\t"
            + uid
            + "\nGid:\t0\t0\t0\t0\n");
  }
}
