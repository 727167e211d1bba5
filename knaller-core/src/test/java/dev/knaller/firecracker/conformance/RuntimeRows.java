package dev.knaller.firecracker.conformance;

import static dev.knaller.firecracker.conformance.EndpointRow.action;
import static dev.knaller.firecracker.conformance.EndpointRow.query;
import static dev.knaller.firecracker.conformance.Expectation.NO_CONTENT;
import static dev.knaller.firecracker.conformance.Expectation.faults;
import static dev.knaller.firecracker.conformance.Expectation.returnsA;

import dev.knaller.firecracker.FirecrackerFeature;
import dev.knaller.firecracker.model.Balloon;
import dev.knaller.firecracker.model.BalloonHintingStatus;
import dev.knaller.firecracker.model.BalloonStats;
import dev.knaller.firecracker.model.BalloonStatsUpdate;
import dev.knaller.firecracker.model.BalloonUpdate;
import dev.knaller.firecracker.model.MemoryHotplugSizeUpdate;
import dev.knaller.firecracker.model.MemoryHotplugStatus;
import dev.knaller.firecracker.model.PartialDrive;
import dev.knaller.firecracker.model.PartialNetworkInterface;
import dev.knaller.firecracker.model.PartialPmem;
import dev.knaller.firecracker.model.RateLimiter;
import dev.knaller.firecracker.model.SnapshotCreateParams;
import dev.knaller.firecracker.model.TokenBucket;
import java.util.List;
import java.util.Map;

/**
 * Table rows for the balloon, MMDS, device updates, hot-plug, actions, vCPU state and snapshots
 * (API-NOTES 2.2, 2.3): mostly legal only after boot, with the exceptions the notes list.
 */
final class RuntimeRows {
  private static final FirecrackerFeature V1_14 = FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING;
  private static final FirecrackerFeature V1_16 = FirecrackerFeature.HOTPLUG;
  private static final RateLimiter LIMITER = new RateLimiter(TokenBucket.of(1000, 100), null);
  private static final String NO_BALLOON = "Balloon config error: No balloon device found.";
  private static final String NO_KERNEL =
      "Start microvm error: Cannot start microvm without kernel configuration.";
  private static final String SNAPSHOT_WHILE_RUNNING =
      "Create snapshot error: Cannot save the microVM state: Operation not allowed: save/restore"
          + " unavailable while running";
  private static final String LOAD_AFTER_CONFIG =
      "Load snapshot error: Loading a microVM snapshot not allowed after configuring"
          + " boot-specific resources.";

  private RuntimeRows() {}

  static List<EndpointRow> all() {
    return List.of(
        action(
            "patchDrive",
            (c, f) -> c.patchDrive(new PartialDrive("scratch", f.other(), null)),
            Rule.postBoot(NO_CONTENT)),
        action(
            "deleteDrive",
            (c, f) -> c.deleteDrive("scratch"),
            Rule.postBoot(NO_CONTENT).since(V1_16)),
        action(
            "patchNetworkInterface",
            (c, f) -> c.patchNetworkInterface(new PartialNetworkInterface("eth0", LIMITER, null)),
            Rule.postBoot(NO_CONTENT)),
        action(
            "deleteNetworkInterface",
            (c, f) -> c.deleteNetworkInterface("eth0"),
            Rule.postBoot(NO_CONTENT).since(V1_16)),
        action(
            "patchPmem",
            (c, f) -> c.patchPmem(new PartialPmem("pm0", LIMITER)),
            Rule.postBoot(NO_CONTENT).since(V1_16)),
        action("deletePmem", (c, f) -> c.deletePmem("pm0"), Rule.postBoot(NO_CONTENT).since(V1_16)),
        action(
            "putBalloon",
            (c, f) -> c.putBalloon(new Balloon(32, false, null, null, null)),
            Rule.preBoot(NO_CONTENT)),
        query(
            "describeBalloon",
            (c, f) -> c.describeBalloon(),
            Rule.of((p, s) -> Expectation.returns(StandardVm.balloonShown(p)))
                .in(VmStage.FRESH, faults(NO_BALLOON))),
        action(
            "patchBalloon",
            (c, f) -> c.patchBalloon(new BalloonUpdate(32)),
            Rule.postBoot(NO_CONTENT)),
        query(
            "balloonStatistics",
            (c, f) -> c.balloonStatistics(),
            Rule.postBoot(returnsA(BalloonStats.class))),
        action(
            "patchBalloonStatistics",
            (c, f) -> c.patchBalloonStatistics(new BalloonStatsUpdate(2)),
            Rule.postBoot(NO_CONTENT)),
        action(
            "startBalloonHinting",
            (c, f) -> c.startBalloonHinting(null),
            Rule.postBoot(NO_CONTENT).since(V1_14)),
        query(
            "balloonHintingStatus",
            (c, f) -> c.balloonHintingStatus(),
            Rule.postBoot(returnsA(BalloonHintingStatus.class)).since(V1_14)),
        action(
            "stopBalloonHinting",
            (c, f) -> c.stopBalloonHinting(),
            Rule.postBoot(NO_CONTENT).since(V1_14)),
        action(
            "putMemoryHotplug",
            (c, f) -> c.putMemoryHotplug(StandardVm.MEMORY_HOTPLUG),
            Rule.preBoot(NO_CONTENT).since(V1_14)),
        action(
            "patchMemoryHotplug",
            (c, f) -> c.patchMemoryHotplug(new MemoryHotplugSizeUpdate(256)),
            Rule.postBoot(NO_CONTENT).since(V1_14)),
        query(
            "memoryHotplugStatus",
            (c, f) -> c.memoryHotplugStatus(),
            Rule.postBoot(returnsA(MemoryHotplugStatus.class)).since(V1_14)),
        action("putMmds", (c, f) -> c.putMmds(Map.of("k", "v")), Rule.always(NO_CONTENT)),
        action("patchMmds", (c, f) -> c.patchMmds(Map.of("k", "w")), Rule.always(NO_CONTENT)),
        query(
            "mmds", (c, f) -> c.mmds(), Rule.always(new Expectation.Succeeds(Map.class, Map.of()))),
        action(
            "startInstance",
            (c, f) -> c.startInstance(),
            Rule.preBoot(NO_CONTENT).in(VmStage.FRESH, faults(NO_KERNEL))),
        action("sendCtrlAltDel", (c, f) -> c.sendCtrlAltDel(), Rule.postBoot(NO_CONTENT)),
        action("flushMetrics", (c, f) -> c.flushMetrics(), Rule.postBoot(NO_CONTENT)),
        action("pauseVm", (c, f) -> c.pauseVm(), Rule.postBoot(NO_CONTENT)),
        action("resumeVm", (c, f) -> c.resumeVm(), Rule.postBoot(NO_CONTENT)),
        action(
            "createSnapshot",
            (c, f) ->
                c.createSnapshot(SnapshotCreateParams.full(f.fresh("s.snap"), f.fresh("s.mem"))),
            Rule.postBoot(NO_CONTENT)
                .where(
                    (p, s) -> !s.preBoot() && !s.paused(),
                    (p, s) -> faults(SNAPSHOT_WHILE_RUNNING))),
        action(
            "loadSnapshot",
            (c, f) -> c.loadSnapshot(f.snapshot().load(false)),
            Rule.preBoot(NO_CONTENT).in(VmStage.CONFIGURED, faults(LOAD_AFTER_CONFIG))));
  }
}
