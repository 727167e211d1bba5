package dev.knaller.firecracker;

import dev.knaller.firecracker.model.ArmRegisterModifier;
import dev.knaller.firecracker.model.Balloon;
import dev.knaller.firecracker.model.BalloonStartCmd;
import dev.knaller.firecracker.model.BalloonStatsUpdate;
import dev.knaller.firecracker.model.BalloonUpdate;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.CacheType;
import dev.knaller.firecracker.model.CpuConfig;
import dev.knaller.firecracker.model.CpuTemplate;
import dev.knaller.firecracker.model.CpuidLeafModifier;
import dev.knaller.firecracker.model.CpuidRegister;
import dev.knaller.firecracker.model.CpuidRegisterModifier;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.EntropyDevice;
import dev.knaller.firecracker.model.HugePages;
import dev.knaller.firecracker.model.IoEngine;
import dev.knaller.firecracker.model.LogLevel;
import dev.knaller.firecracker.model.Logger;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.MemoryBackend;
import dev.knaller.firecracker.model.MemoryHotplugConfig;
import dev.knaller.firecracker.model.MemoryHotplugSizeUpdate;
import dev.knaller.firecracker.model.Metrics;
import dev.knaller.firecracker.model.MmdsConfig;
import dev.knaller.firecracker.model.MmdsVersion;
import dev.knaller.firecracker.model.MsrModifier;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.NetworkOverride;
import dev.knaller.firecracker.model.PartialDrive;
import dev.knaller.firecracker.model.PartialNetworkInterface;
import dev.knaller.firecracker.model.PartialPmem;
import dev.knaller.firecracker.model.Pmem;
import dev.knaller.firecracker.model.RateLimiter;
import dev.knaller.firecracker.model.SerialDevice;
import dev.knaller.firecracker.model.SnapshotCreateParams;
import dev.knaller.firecracker.model.SnapshotLoadParams;
import dev.knaller.firecracker.model.SnapshotType;
import dev.knaller.firecracker.model.TokenBucket;
import dev.knaller.firecracker.model.VcpuFeatures;
import dev.knaller.firecracker.model.Vsock;
import dev.knaller.firecracker.model.VsockOverride;
import java.util.List;
import java.util.Map;

/** Each request model with every field set, sent through the client method that carries it. */
final class FullRequests {
  private static final TokenBucket BUCKET = new TokenBucket(1_000_000L, 100L, 2_000_000L);
  private static final RateLimiter LIMITER = new RateLimiter(BUCKET, BUCKET);

  private FullRequests() {}

  static List<EndpointCase> all() {
    return List.of(
        put("putMachineConfig", c -> c.putMachineConfig(MACHINE), "PUT", "/machine-config"),
        put("patchMachineConfig", c -> c.patchMachineConfig(MACHINE), "PATCH", "/machine-config"),
        put(
            "putBootSource",
            c -> c.putBootSource(new BootSource("/k", "console=ttyS0", "/i")),
            "PUT",
            "/boot-source"),
        put("putCpuConfig", c -> c.putCpuConfig(CPU), "PUT", "/cpu-config"),
        put("putDrive(virtio)", c -> c.putDrive(VIRTIO_DRIVE), "PUT", "/drives/{drive_id}"),
        put(
            "putDrive(vhost-user)",
            c ->
                c.putDrive(
                    Drive.builder("vu", false)
                        .socket("/vu.sock")
                        .cacheType(CacheType.WRITEBACK)
                        .build()),
            "PUT",
            "/drives/{drive_id}"),
        put(
            "patchDrive",
            c -> c.patchDrive(new PartialDrive("d1", "/d2", LIMITER)),
            "PATCH",
            "/drives/{drive_id}"),
        put(
            "putNetworkInterface",
            c ->
                c.putNetworkInterface(
                    new NetworkInterface(
                        "eth0", "tap0", "06:00:00:00:00:01", 1500, LIMITER, LIMITER)),
            "PUT",
            "/network-interfaces/{iface_id}"),
        put(
            "patchNetworkInterface",
            c -> c.patchNetworkInterface(new PartialNetworkInterface("eth0", LIMITER, LIMITER)),
            "PATCH",
            "/network-interfaces/{iface_id}"),
        put(
            "putPmem",
            c -> c.putPmem(new Pmem("pm0", "/p", true, true, LIMITER)),
            "PUT",
            "/pmem/{id}"),
        put("patchPmem", c -> c.patchPmem(new PartialPmem("pm0", LIMITER)), "PATCH", "/pmem/{id}"),
        put("putVsock", c -> c.putVsock(new Vsock(3, "/v.sock", "vsock0")), "PUT", "/vsock"),
        put("putEntropy", c -> c.putEntropy(new EntropyDevice(LIMITER)), "PUT", "/entropy"),
        put(
            "putSerial",
            c -> c.putSerial(new SerialDevice("/serial.log", BUCKET)),
            "PUT",
            "/serial"),
        put(
            "putLogger",
            c ->
                c.putLogger(
                    new Logger(LogLevel.TRACE, "/fc.log", true, true, "api_server::request")),
            "PUT",
            "/logger"),
        put("putMetrics", c -> c.putMetrics(new Metrics("/m.json")), "PUT", "/metrics"),
        put(
            "putBalloon",
            c -> c.putBalloon(new Balloon(64, true, 1, true, true)),
            "PUT",
            "/balloon"),
        put("patchBalloon", c -> c.patchBalloon(new BalloonUpdate(32)), "PATCH", "/balloon"),
        put(
            "patchBalloonStatistics",
            c -> c.patchBalloonStatistics(new BalloonStatsUpdate(5)),
            "PATCH",
            "/balloon/statistics"),
        put(
            "startBalloonHinting",
            c -> c.startBalloonHinting(new BalloonStartCmd(false)),
            "PATCH",
            "/balloon/hinting/start"),
        put(
            "putMemoryHotplug",
            c -> c.putMemoryHotplug(new MemoryHotplugConfig(2048, 128, 2)),
            "PUT",
            "/hotplug/memory"),
        put(
            "patchMemoryHotplug",
            c -> c.patchMemoryHotplug(new MemoryHotplugSizeUpdate(1024)),
            "PATCH",
            "/hotplug/memory"),
        put(
            "putMmds",
            c -> c.putMmds(Map.of("a", Map.of("b", List.of(1, "x", false)))),
            "PUT",
            "/mmds"),
        put("patchMmds", c -> c.patchMmds(Map.of("a", Map.of())), "PATCH", "/mmds"),
        put(
            "putMmdsConfig",
            c ->
                c.putMmdsConfig(
                    new MmdsConfig(List.of("eth0"), MmdsVersion.V2, "169.254.170.2", true)),
            "PUT",
            "/mmds/config"),
        put("startInstance", FirecrackerClient::startInstance, "PUT", "/actions"),
        put("sendCtrlAltDel", FirecrackerClient::sendCtrlAltDel, "PUT", "/actions"),
        put("flushMetrics", FirecrackerClient::flushMetrics, "PUT", "/actions"),
        put("pauseVm", FirecrackerClient::pauseVm, "PATCH", "/vm"),
        put("resumeVm", FirecrackerClient::resumeVm, "PATCH", "/vm"),
        put(
            "createSnapshot",
            c -> c.createSnapshot(new SnapshotCreateParams("/s", "/m", SnapshotType.DIFF)),
            "PUT",
            "/snapshot/create"),
        put("loadSnapshot", c -> c.loadSnapshot(LOAD), "PUT", "/snapshot/load"),
        put(
            "loadSnapshot(mem_file_path)",
            c ->
                c.loadSnapshot(
                    new SnapshotLoadParams("/s", null, "/m", null, true, false, null, null, null)),
            "PUT",
            "/snapshot/load"));
  }

  private static final MachineConfiguration MACHINE =
      new MachineConfiguration(2, 512, true, true, HugePages.TWO_MIB, CpuTemplate.T2S);

  private static final CpuConfig CPU =
      new CpuConfig(
          List.of("121", "!122"),
          List.of(
              new CpuidLeafModifier(
                  "0x1",
                  "0x0",
                  0,
                  List.of(
                      new CpuidRegisterModifier(
                          CpuidRegister.ECX, "0bxxxxxxxxxxxxxxxxxxxxxxxxxxxx0001")))),
          List.of(new MsrModifier("0x10a", "0b" + "0".repeat(63) + "1")),
          List.of(new ArmRegisterModifier("0x603000000013c020", "0b" + "x".repeat(63) + "1")),
          List.of(new VcpuFeatures(0, "0b" + "0".repeat(25) + "1100000")));

  private static final Drive VIRTIO_DRIVE =
      Drive.builder("rootfs", true)
          .partuuid("0eaa91a0-01")
          .cacheType(CacheType.UNSAFE)
          .isReadOnly(true)
          .pathOnHost("/rootfs.ext4")
          .rateLimiter(LIMITER)
          .ioEngine(IoEngine.SYNC)
          .build();

  private static final SnapshotLoadParams LOAD =
      SnapshotLoadParams.builder("/s", MemoryBackend.file("/m"))
          .trackDirtyPages(true)
          .resumeVm(true)
          .networkOverrides(List.of(new NetworkOverride("eth0", "tap9")))
          .vsockOverride(new VsockOverride("/v2.sock"))
          .clockRealtime(true)
          .build();

  private static EndpointCase put(String name, ClientCall call, String method, String path) {
    return new EndpointCase(name, call, method, path, null, null);
  }
}
