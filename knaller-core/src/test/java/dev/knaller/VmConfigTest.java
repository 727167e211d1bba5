package dev.knaller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.image.ImageLayout;
import dev.knaller.network.ToolFinder;
import dev.knaller.vm.BootArgs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VmConfigTest {
  @TempDir Path directory;
  private Path kernel;
  private Path rootfs;
  private Path bin;

  @BeforeEach
  void createFiles() throws IOException {
    kernel = Files.writeString(directory.resolve("vmlinux"), "kernel");
    rootfs = Files.writeString(directory.resolve("rootfs.ext4"), "rootfs");
    bin = Files.createDirectory(directory.resolve("bin"));
    executable(bin.resolve("firecracker"));
    executable(bin.resolve("pasta"));
  }

  @Test
  void defaultsAreOneVcpuAndOneGibAndBinariesFromThePath() throws VmConfigException {
    VmConfig config = valid().build();

    assertThat(config.vcpus()).isEqualTo(1);
    assertThat(config.memoryMib()).isEqualTo(1024);
    assertThat(config.firecrackerBinary()).isEqualTo(bin.resolve("firecracker"));
    assertThat(config.pastaBinary()).isEqualTo(bin.resolve("pasta"));
    assertThat(config.initrd()).isEmpty();
    assertThat(config.extraBootArgs()).isEmpty();
    assertThat(config.hostLoopback()).as("guests kept off the host's loopback").isFalse();
  }

  @Test
  void hostLoopbackIsOnlyOnWhenAskedFor() throws VmConfigException {
    assertThat(valid().hostLoopback(true).build().hostLoopback()).isTrue();
  }

  @Test
  void missingNameBecomesARandomValidName() throws VmConfigException {
    String first = valid().build().name();
    String second = valid().build().name();

    assertThat(VmName.problem(first)).isEmpty();
    assertThat(first).startsWith("vm-").isNotEqualTo(second);
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    VmConfig.Builder builder =
        VmConfig.builder()
            .toolFinder(new ToolFinder("", List.of()))
            .name("../../.ssh/x")
            .kernel(directory.resolve("missing"))
            .vcpus(0)
            .memoryMib(0)
            .extraBootArgs("quiet ip=dhcp");

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            VmConfigException.class,
            e ->
                assertThat(e.violations())
                    .extracting(ConfigViolation::field)
                    .containsExactly(
                        "name",
                        "kernel",
                        "rootfs",
                        "vcpus",
                        "memory",
                        "boot-args",
                        "firecracker",
                        "pasta"))
        .hasMessageContaining("[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?")
        .hasMessageContaining("1 to 32")
        .hasMessageContaining("at least 128 MiB")
        .hasMessageContaining("--kernel")
        .hasMessageContaining("--rootfs")
        .hasMessageContaining("package passt");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 33, 300, -1})
  void vcpusOutsideOneToThirtyTwoAreRejectedWithTheRange(int vcpus) {
    assertThatThrownBy(() -> valid().vcpus(vcpus).build())
        .isInstanceOf(VmConfigException.class)
        .hasMessageContaining("vcpus: " + vcpus + " is outside 1..32");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 31, 32})
  void vcpusFromOneToThirtyTwoAreAccepted(int vcpus) throws VmConfigException {
    assertThat(valid().vcpus(vcpus).build().vcpus()).isEqualTo(vcpus);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 127, -5})
  void memoryBelowTheMinimumIsRejected(int memoryMib) {
    assertThatThrownBy(() -> valid().memoryMib(memoryMib).build())
        .isInstanceOf(VmConfigException.class)
        .hasMessageContaining("minimum of 128 MiB");
  }

  @Test
  void memoryBeyondTheHostsPhysicalMemoryIsRejectedWithBothNumbers() {
    long hostMib = HostMemory.totalMib().orElseThrow();

    assertThatThrownBy(() -> valid().memoryMib(99_999_999).build())
        .isInstanceOf(VmConfigException.class)
        .hasMessageContaining("99999999 MiB is more than this host's physical memory, " + hostMib)
        .hasMessageContaining("pass at most " + hostMib + " MiB");
  }

  @Test
  void memTotalIsReadInMib() {
    assertThat(HostMemory.totalMib(List.of("MemFree: 1 kB", "MemTotal:       16318412 kB")))
        .hasValue(15_935);
    assertThat(HostMemory.totalMib(List.of("MemFree: 1 kB"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "../../.ssh/x", "a/b", "-rf", "my vm", "ÜÜ", "UPPER"})
  void namesOutsideTheRuleAreRejectedBeforeAnythingHappens(String name) {
    assertThatThrownBy(() -> valid().name(name).build())
        .isInstanceOfSatisfying(
            VmConfigException.class,
            e -> assertThat(e.violations()).extracting(ConfigViolation::field).contains("name"));
  }

  @Test
  void aTwoHundredCharacterNameIsRejected() {
    assertThatThrownBy(() -> valid().name("x".repeat(200)).build())
        .hasMessageContaining("at most 32");
  }

  @Test
  void bootArgsWithAControlCharacterAreRejected() {
    assertThatThrownBy(() -> valid().extraBootArgs("quiet\ninit=/bin/sh").build())
        .hasMessageContaining("control character (U+000A");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "quiet \u00e9",
        "console=tty\u00a0",
        "x=\u2013",
        "emoji=\ud83d\udc96",
        "del\u007f"
      })
  void bootArgsOutsidePrintableAsciiAreRejectedAsFirecrackerDoes(String args) {
    assertThatThrownBy(() -> valid().extraBootArgs(args).build())
        .isInstanceOfSatisfying(
            VmConfigException.class,
            e ->
                assertThat(e.violations()).extracting(ConfigViolation::field).contains("boot-args"))
        .hasMessageContaining("Firecracker takes only printable ASCII (space to '~')")
        .hasMessageContaining("spell them in ASCII");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ip=dhcp", "quiet nfsaddrs=10.0.0.2::10.0.0.1:255.255.255.0"})
  void bootArgsMayNotOverrideKnallersIpArgumentUnderEitherName(String args) {
    assertThatThrownBy(() -> valid().extraBootArgs(args).build())
        .hasMessageContaining("'ip=' (or its alias 'nfsaddrs=') is set by knaller");
  }

  @Test
  void bootArgsLongerThanTheRoomLeftInFirecrackersCommandLineAreRejected() throws Exception {
    String fits = "a=" + "x".repeat(BootArgs.MAX_EXTRA_LENGTH - 2);

    assertThat(valid().extraBootArgs(fits).build().extraBootArgs()).hasSize(1762);
    assertThatThrownBy(() -> valid().extraBootArgs(fits + "x").build())
        .hasMessageContaining("1763 bytes is more than the 1762 left for them")
        .hasMessageContaining("shorten the extra boot arguments");
  }

  @Test
  void aNonAsciiBootArgumentIsNamedWithItsCodePoint() {
    assertThatThrownBy(() -> valid().extraBootArgs("quiet \u00e9").build())
        .hasMessageContaining("contains '\u00e9' (U+00E9)");
  }

  @Test
  void everyPrintableAsciiCharacterIsAccepted() throws VmConfigException {
    StringBuilder all = new StringBuilder("a=");
    for (char c = '!'; c <= '~'; c++) {
      all.append(c);
    }
    String printable = all.toString();

    assertThat(valid().extraBootArgs(printable + " quiet").build().extraBootArgs())
        .isEqualTo(printable + " quiet");
  }

  @Test
  void aNonAsciiBootArgumentIsReportedWithTheOtherBadFields() {
    VmConfig.Builder builder = valid().vcpus(0).extraBootArgs("quiet \u00e9");

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            VmConfigException.class,
            e ->
                assertThat(e.violations())
                    .extracting(ConfigViolation::field)
                    .containsExactly("vcpus", "boot-args"));
  }

  @Test
  void aGivenBinaryMustBeExecutable() throws IOException {
    Path notExecutable = Files.writeString(directory.resolve("fc"), "#!/bin/sh\n");

    assertThatThrownBy(() -> valid().firecrackerBinary(notExecutable).build())
        .hasMessageContaining("firecracker: " + notExecutable + " is not an executable file");
  }

  @Test
  void relativeImagePathsBecomeAbsolute() throws VmConfigException {
    Path relative = Path.of("").toAbsolutePath().relativize(kernel);

    assertThat(valid().kernel(relative).build().kernel()).isEqualTo(kernel);
  }

  @Test
  void anImageFillsOnlyWhatIsNotSetAndItsInitrdOnlyWithItsKernel() throws Exception {
    Path images = Files.createDirectories(directory.resolve("images/default"));
    for (String file : List.of("vmlinux", "initrd.img", "rootfs.ext4")) {
      Files.writeString(images.resolve(file), file);
    }
    ImageLayout image = new ImageLayout(images);
    ToolFinder tools = new ToolFinder(bin.toString(), List.of());

    VmConfig fromImage = VmConfig.builder().toolFinder(tools).image(image).build();
    VmConfig ownKernel = VmConfig.builder().toolFinder(tools).kernel(kernel).image(image).build();

    assertThat(fromImage.kernel()).isEqualTo(image.vmlinux());
    assertThat(fromImage.initrd()).contains(image.initrd());
    assertThat(fromImage.rootfs()).isEqualTo(image.rootfs());
    assertThat(ownKernel.kernel()).isEqualTo(kernel);
    assertThat(ownKernel.initrd()).isEmpty();
    assertThat(ownKernel.rootfs()).isEqualTo(image.rootfs());
  }

  @Test
  void theCheckBeforeAnImageBuildSkipsOnlyTheAbsentKernelAndRootfs() throws Exception {
    VmConfig.Builder fine =
        VmConfig.builder().toolFinder(new ToolFinder(bin.toString(), List.of()));
    VmConfig.Builder bad =
        VmConfig.builder()
            .toolFinder(new ToolFinder(bin.toString(), List.of()))
            .vcpus(40)
            .rootfs(directory.resolve("missing.ext4"));

    fine.checkAllButAbsentImage();
    assertThatThrownBy(bad::checkAllButAbsentImage)
        .isInstanceOfSatisfying(
            VmConfigException.class,
            e ->
                assertThat(e.violations())
                    .extracting(ConfigViolation::field)
                    .containsExactly("rootfs", "vcpus"));
  }

  private VmConfig.Builder valid() {
    return VmConfig.builder()
        .toolFinder(new ToolFinder(bin.toString(), List.of()))
        .kernel(kernel)
        .rootfs(rootfs);
  }

  private static void executable(Path path) throws IOException {
    Files.writeString(path, "#!/bin/sh\n");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
