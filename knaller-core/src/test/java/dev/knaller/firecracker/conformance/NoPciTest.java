package dev.knaller.firecracker.conformance;

import static dev.knaller.firecracker.conformance.EndpointRow.action;

import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.Pmem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 1.16 without {@code --enable-pci}: the post-boot device PUTs and the DELETEs are hot-plug, which
 * needs PCI, so each is refused with {@code PCI is not enabled} (API-NOTES 2.3, 3).
 */
class NoPciTest {
  private static final Expectation NO_PCI = Expectation.faults("PCI is not enabled");
  @TempDir Path own;

  static List<EndpointRow> hotplugs() {
    Rule rule = Rule.always(NO_PCI);
    return List.of(
        action(
            "putDrive",
            (c, f) -> c.putDrive(Drive.builder("extra", false).pathOnHost(f.other()).build()),
            rule),
        action(
            "putNetworkInterface",
            (c, f) -> c.putNetworkInterface(NetworkInterface.of("eth1", "tap1", null)),
            rule),
        action("putPmem", (c, f) -> c.putPmem(new Pmem("pm1", f.pmem(1), false, true, null)), rule),
        action("deleteDrive", (c, f) -> c.deleteDrive("scratch"), rule),
        action("deleteNetworkInterface", (c, f) -> c.deleteNetworkInterface("eth0"), rule),
        action("deletePmem", (c, f) -> c.deletePmem("pm0"), rule));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hotplugs")
  void aHotplugWithoutPciIsRefused(EndpointRow row) throws Exception {
    HostFiles.createShared(own);
    var files = new HostFiles(own, own, null);
    try (var vm = EmulatedVm.start(ApiProfile.V1_16_1, own.resolve("api.sock"), false)) {
      vm.reach(VmStage.RUNNING, files, null);

      Outcomes.assertMeets(
          row.rule().expect(ApiProfile.V1_16_1, VmStage.RUNNING),
          () -> row.invocation().invoke(vm.client(), files));
    }
  }
}
