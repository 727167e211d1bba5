package dev.knaller.firecracker.conformance;

import static dev.knaller.firecracker.conformance.EndpointRow.action;
import static dev.knaller.firecracker.conformance.Expectation.NO_CONTENT;

import dev.knaller.firecracker.FirecrackerFeature;
import dev.knaller.firecracker.model.Balloon;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.MemoryBackend;
import dev.knaller.firecracker.model.MmdsConfig;
import dev.knaller.firecracker.model.MmdsVersion;
import dev.knaller.firecracker.model.NetworkOverride;
import dev.knaller.firecracker.model.SerialDevice;
import dev.knaller.firecracker.model.SnapshotLoadParams;
import dev.knaller.firecracker.model.TokenBucket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fields that only some releases know (API-NOTES 3): the client refuses them before sending to a
 * release without them, and the releases with them accept them.
 */
class FieldGateTest {
  @TempDir static Path shared;
  private static Map<ApiProfile, SnapshotImage> snapshots;
  @TempDir Path own;

  /** A request carrying a gated field, made in {@code stage}. */
  private record Gate(EndpointRow row, VmStage stage) {
    @Override
    public String toString() {
      return row.name();
    }
  }

  @BeforeAll
  static void takeOneSnapshotPerRelease() throws Exception {
    snapshots = Snapshots.takeOnePerRelease(shared);
  }

  private static List<Gate> gates() {
    return List.of(
        new Gate(
            action(
                "patchMachineConfig without mem_size_mib",
                (c, f) -> c.patchMachineConfig(MachineConfiguration.empty().withVcpuCount(2)),
                Rule.always(NO_CONTENT).since(FirecrackerFeature.PARTIAL_MACHINE_CONFIG_PATCH)),
            VmStage.FRESH),
        new Gate(
            action(
                "putNetworkInterface with mtu",
                (c, f) -> c.putNetworkInterface(StandardVm.ETH0.withMtu(1500)),
                Rule.always(NO_CONTENT).since(FirecrackerFeature.NETWORK_MTU)),
            VmStage.FRESH),
        new Gate(
            action(
                "putMmdsConfig with imds_compat",
                (c, f) ->
                    c.putMmdsConfig(new MmdsConfig(List.of("eth0"), MmdsVersion.V2, null, true)),
                Rule.always(NO_CONTENT).since(FirecrackerFeature.MMDS_IMDS_COMPAT)),
            VmStage.CONFIGURED),
        new Gate(
            action(
                "putBalloon with free_page_hinting",
                (c, f) -> c.putBalloon(new Balloon(64, true, null, true, null)),
                Rule.always(NO_CONTENT).since(FirecrackerFeature.BALLOON_FREE_PAGE_HINTING)),
            VmStage.FRESH),
        new Gate(
            action(
                "putSerial with rate_limiter",
                (c, f) ->
                    c.putSerial(new SerialDevice(f.fresh("serial.log"), TokenBucket.of(100, 10))),
                Rule.always(NO_CONTENT)
                    .since(FirecrackerFeature.SERIAL_RATE_LIMITER)
                    .since(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING)),
            VmStage.FRESH),
        new Gate(
            action(
                "loadSnapshot with network_overrides",
                (c, f) ->
                    c.loadSnapshot(
                        load(f)
                            .networkOverrides(List.of(new NetworkOverride("eth0", "tap9")))
                            .build()),
                Rule.always(NO_CONTENT).since(FirecrackerFeature.NETWORK_OVERRIDES)),
            VmStage.FRESH),
        new Gate(
            action(
                "loadSnapshot with clock_realtime",
                (c, f) -> c.loadSnapshot(load(f).clockRealtime(true).build()),
                Rule.always(NO_CONTENT)
                    .since(FirecrackerFeature.VSOCK_OVERRIDE_AND_CLOCK_REALTIME)),
            VmStage.FRESH));
  }

  static List<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (ApiProfile profile : ApiProfile.values()) {
      for (Gate gate : gates()) {
        cells.add(Arguments.of(profile, gate));
      }
    }
    return cells;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cells")
  void aGatedFieldIsSentOnlyToAReleaseThatHasIt(ApiProfile profile, Gate gate) throws Exception {
    var files = new HostFiles(shared, own, snapshots.get(profile));
    try (var vm = EmulatedVm.start(profile, own.resolve("api.sock"), true)) {
      vm.reach(gate.stage(), files, files.snapshot());

      Expectation expected = gate.row().rule().expect(profile, gate.stage());
      Outcomes.assertMeets(expected, () -> gate.row().invocation().invoke(vm.client(), files));
    }
  }

  private static SnapshotLoadParams.Builder load(HostFiles files) {
    SnapshotImage image = files.snapshot();
    return SnapshotLoadParams.builder(
        image.state().toString(), MemoryBackend.file(image.memory().toString()));
  }
}
