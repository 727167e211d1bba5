package dev.knaller.firecracker.conformance;

import static dev.knaller.firecracker.conformance.EndpointRow.action;
import static dev.knaller.firecracker.conformance.EndpointRow.query;
import static dev.knaller.firecracker.conformance.Expectation.NO_CONTENT;
import static dev.knaller.firecracker.conformance.Expectation.faults;
import static dev.knaller.firecracker.conformance.Expectation.returns;
import static dev.knaller.firecracker.conformance.Expectation.returnsA;

import dev.knaller.firecracker.FirecrackerFeature;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.CpuConfig;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.EntropyDevice;
import dev.knaller.firecracker.model.FullVmConfiguration;
import dev.knaller.firecracker.model.InstanceInfo;
import dev.knaller.firecracker.model.InstanceState;
import dev.knaller.firecracker.model.LogLevel;
import dev.knaller.firecracker.model.Logger;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.Metrics;
import dev.knaller.firecracker.model.MmdsConfig;
import dev.knaller.firecracker.model.MmdsVersion;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.Pmem;
import dev.knaller.firecracker.model.SerialDevice;
import dev.knaller.firecracker.model.Vsock;
import java.util.List;

/**
 * Table rows for the queries and the pre-boot configuration endpoints (API-NOTES 2.3): queries are
 * legal everywhere, configuration only before boot, except the 1.16 hot-plugs.
 */
final class ConfigurationRows {
  private static final String UNKNOWN_MMDS_INTERFACE =
      "MMMDS config error: The list of network interface IDs provided contains at least one ID"
          + " that does not correspond to any existing network interface.";

  private ConfigurationRows() {}

  static List<EndpointRow> all() {
    return List.of(
        query("describeInstance", (c, f) -> c.describeInstance(), Rule.of(ConfigurationRows::info)),
        query("version", (c, f) -> c.version(), Rule.of((p, s) -> returns(p.version()))),
        query("vmConfig", (c, f) -> c.vmConfig(), Rule.always(returnsA(FullVmConfiguration.class))),
        query(
            "machineConfig",
            (c, f) -> c.machineConfig(),
            Rule.always(returns(StandardVm.MACHINE_SHOWN))
                .in(VmStage.FRESH, returns(StandardVm.DEFAULT_MACHINE_SHOWN))),
        action(
            "putMachineConfig",
            (c, f) -> c.putMachineConfig(MachineConfiguration.of(1, 512)),
            Rule.preBoot(NO_CONTENT)),
        // With mem_size_mib and track_dirty_pages, which PATCH needs before 1.11.
        action(
            "patchMachineConfig",
            (c, f) ->
                c.patchMachineConfig(MachineConfiguration.of(2, 512).withTrackDirtyPages(false)),
            Rule.preBoot(NO_CONTENT)),
        action(
            "putBootSource",
            (c, f) -> c.putBootSource(BootSource.of(f.kernel(), "console=ttyS0")),
            Rule.preBoot(NO_CONTENT)),
        action(
            "putCpuConfig",
            (c, f) -> c.putCpuConfig(new CpuConfig(null, null, null, null, null)),
            Rule.preBoot(NO_CONTENT)),
        action(
            "putDrive",
            (c, f) -> c.putDrive(Drive.builder("extra", false).pathOnHost(f.other()).build()),
            Rule.preBoot(NO_CONTENT).afterBootSince(FirecrackerFeature.HOTPLUG, NO_CONTENT)),
        action(
            "putNetworkInterface",
            (c, f) ->
                c.putNetworkInterface(NetworkInterface.of("eth1", "tap1", "06:00:ac:10:00:03")),
            Rule.preBoot(NO_CONTENT).afterBootSince(FirecrackerFeature.HOTPLUG, NO_CONTENT)),
        action(
            "putPmem",
            (c, f) -> c.putPmem(new Pmem("pm1", f.pmem(1), false, true, null)),
            Rule.preBoot(NO_CONTENT)
                .afterBootSince(FirecrackerFeature.HOTPLUG, NO_CONTENT)
                .since(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING)),
        action(
            "putVsock",
            (c, f) -> c.putVsock(new Vsock(3, f.fresh("v.sock"), null)),
            Rule.preBoot(NO_CONTENT)),
        action(
            "putEntropy",
            (c, f) -> c.putEntropy(new EntropyDevice(null)),
            Rule.preBoot(NO_CONTENT)),
        action(
            "putSerial",
            (c, f) -> c.putSerial(new SerialDevice(f.fresh("serial.log"), null)),
            Rule.preBoot(NO_CONTENT).since(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING)),
        action(
            "putLogger",
            (c, f) ->
                c.putLogger(new Logger(LogLevel.INFO, f.existing("fc.log"), null, null, null)),
            Rule.preBoot(NO_CONTENT)),
        action(
            "putMetrics",
            (c, f) -> c.putMetrics(new Metrics(f.existing("metrics.json"))),
            Rule.preBoot(NO_CONTENT)),
        action(
            "putMmdsConfig",
            (c, f) -> c.putMmdsConfig(new MmdsConfig(List.of("eth0"), MmdsVersion.V2, null, null)),
            Rule.preBoot(NO_CONTENT).in(VmStage.FRESH, faults(UNKNOWN_MMDS_INTERFACE))));
  }

  /** {@code GET /}: the state string of API-NOTES 2.2 for the stage. */
  private static Expectation info(ApiProfile profile, VmStage stage) {
    InstanceState state =
        stage.preBoot()
            ? InstanceState.NOT_STARTED
            : stage.paused() ? InstanceState.PAUSED : InstanceState.RUNNING;
    return returns(
        new InstanceInfo("Firecracker", ApiProfile.INSTANCE_ID, state, profile.toString()));
  }
}
