package dev.knaller.firecracker;

import dev.knaller.firecracker.model.Balloon;
import dev.knaller.firecracker.model.BalloonStartCmd;
import dev.knaller.firecracker.model.BalloonStatsUpdate;
import dev.knaller.firecracker.model.BalloonUpdate;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.CpuConfig;
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
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.PartialDrive;
import dev.knaller.firecracker.model.PartialNetworkInterface;
import dev.knaller.firecracker.model.PartialPmem;
import dev.knaller.firecracker.model.Pmem;
import dev.knaller.firecracker.model.RateLimiter;
import dev.knaller.firecracker.model.SerialDevice;
import dev.knaller.firecracker.model.SnapshotCreateParams;
import dev.knaller.firecracker.model.SnapshotLoadParams;
import dev.knaller.firecracker.model.TokenBucket;
import dev.knaller.firecracker.model.Vsock;
import java.util.List;
import java.util.Map;

/** Every client method, with a typical argument and the exact request it must produce. */
final class EndpointCases {
  private static final RateLimiter LIMITER =
      new RateLimiter(TokenBucket.of(1000, 100), new TokenBucket(10L, 1L, 5L));
  private static final String LIMITER_JSON =
      "{\"bandwidth\":{\"size\":1000,\"refill_time\":100},"
          + "\"ops\":{\"size\":10,\"refill_time\":1,\"one_time_burst\":5}}";

  private EndpointCases() {}

  static List<EndpointCase> all() {
    return List.of(
        get(
            "describeInstance",
            FirecrackerClient::describeInstance,
            "/",
            "{\"app_name\":\"Firecracker\",\"id\":\"vm1\",\"state\":\"Running\","
                + "\"vmm_version\":\"1.16.1\"}"),
        get(
            "version",
            FirecrackerClient::version,
            "/version",
            "{\"firecracker_version\":\"1.16.1\"}"),
        get(
            "vmConfig",
            FirecrackerClient::vmConfig,
            "/vm/config",
            "{\"boot-source\":{\"kernel_image_path\":\"/k\"},\"drives\":[]}"),
        get(
            "machineConfig",
            FirecrackerClient::machineConfig,
            "/machine-config",
            "{\"vcpu_count\":1,\"mem_size_mib\":128,\"smt\":false,"
                + "\"track_dirty_pages\":false,\"huge_pages\":\"None\"}"),
        body(
            "putMachineConfig",
            c -> c.putMachineConfig(MachineConfiguration.of(2, 256).withSmt(true)),
            "PUT",
            "/machine-config",
            "{\"vcpu_count\":2,\"mem_size_mib\":256,\"smt\":true}"),
        body(
            "patchMachineConfig",
            c ->
                c.patchMachineConfig(MachineConfiguration.empty().withHugePages(HugePages.TWO_MIB)),
            "PATCH",
            "/machine-config",
            "{\"huge_pages\":\"2M\"}"),
        body(
            "putBootSource",
            c -> c.putBootSource(BootSource.of("/img/vmlinux", "console=ttyS0 ip=\"a b\"")),
            "PUT",
            "/boot-source",
            "{\"kernel_image_path\":\"/img/vmlinux\",\"boot_args\":\"console=ttyS0 ip=\\\"a b\\\"\"}"),
        body(
            "putCpuConfig",
            c -> c.putCpuConfig(new CpuConfig(List.of("!121"), null, null, null, null)),
            "PUT",
            "/cpu-config",
            "{\"kvm_capabilities\":[\"!121\"]}"),
        body(
            "putDrive",
            c ->
                c.putDrive(
                    Drive.builder("rootfs", true)
                        .pathOnHost("/vm/rootfs.ext4")
                        .isReadOnly(false)
                        .ioEngine(IoEngine.ASYNC)
                        .build()),
            "PUT",
            "/drives/rootfs",
            "{\"drive_id\":\"rootfs\",\"is_root_device\":true,\"is_read_only\":false,"
                + "\"path_on_host\":\"/vm/rootfs.ext4\",\"io_engine\":\"Async\"}"),
        body(
            "patchDrive",
            c -> c.patchDrive(new PartialDrive("scratch", "/vm/new.ext4", null)),
            "PATCH",
            "/drives/scratch",
            "{\"drive_id\":\"scratch\",\"path_on_host\":\"/vm/new.ext4\"}"),
        body("deleteDrive", c -> c.deleteDrive("scratch"), "DELETE", "/drives/scratch", null),
        body(
            "putNetworkInterface",
            c ->
                c.putNetworkInterface(
                    NetworkInterface.of("eth0", "tap0", "06:00:ac:10:00:02").withMtu(1500)),
            "PUT",
            "/network-interfaces/eth0",
            "{\"iface_id\":\"eth0\",\"host_dev_name\":\"tap0\",\"guest_mac\":\"06:00:ac:10:00:02\","
                + "\"mtu\":1500}"),
        body(
            "patchNetworkInterface",
            c -> c.patchNetworkInterface(new PartialNetworkInterface("eth0", LIMITER, null)),
            "PATCH",
            "/network-interfaces/eth0",
            "{\"iface_id\":\"eth0\",\"rx_rate_limiter\":" + LIMITER_JSON + "}"),
        body(
            "deleteNetworkInterface",
            c -> c.deleteNetworkInterface("eth0"),
            "DELETE",
            "/network-interfaces/eth0",
            null),
        body(
            "putPmem",
            c -> c.putPmem(new Pmem("pm0", "/vm/pmem.img", false, true, null)),
            "PUT",
            "/pmem/pm0",
            "{\"id\":\"pm0\",\"path_on_host\":\"/vm/pmem.img\",\"root_device\":false,"
                + "\"read_only\":true}"),
        body(
            "patchPmem",
            c -> c.patchPmem(new PartialPmem("pm0", LIMITER)),
            "PATCH",
            "/pmem/pm0",
            "{\"id\":\"pm0\",\"rate_limiter\":" + LIMITER_JSON + "}"),
        body("deletePmem", c -> c.deletePmem("pm0"), "DELETE", "/pmem/pm0", null),
        body(
            "putVsock",
            c -> c.putVsock(new Vsock(3, "/vm/v.sock", null)),
            "PUT",
            "/vsock",
            "{\"guest_cid\":3,\"uds_path\":\"/vm/v.sock\"}"),
        body("putEntropy", c -> c.putEntropy(new EntropyDevice(null)), "PUT", "/entropy", "{}"),
        body(
            "putSerial",
            c -> c.putSerial(new SerialDevice("/vm/console.log", null)),
            "PUT",
            "/serial",
            "{\"serial_out_path\":\"/vm/console.log\"}"),
        body(
            "putLogger",
            c -> c.putLogger(new Logger(LogLevel.WARNING, "/vm/fc.log", true, null, null)),
            "PUT",
            "/logger",
            "{\"level\":\"Warning\",\"log_path\":\"/vm/fc.log\",\"show_level\":true}"),
        body(
            "putMetrics",
            c -> c.putMetrics(new Metrics("/vm/metrics.json")),
            "PUT",
            "/metrics",
            "{\"metrics_path\":\"/vm/metrics.json\"}"),
        body(
            "putBalloon",
            c -> c.putBalloon(new Balloon(64, true, 5, null, null)),
            "PUT",
            "/balloon",
            "{\"amount_mib\":64,\"deflate_on_oom\":true,\"stats_polling_interval_s\":5}"),
        get(
            "describeBalloon",
            FirecrackerClient::describeBalloon,
            "/balloon",
            "{\"amount_mib\":64,\"deflate_on_oom\":true,\"stats_polling_interval_s\":5}"),
        body(
            "patchBalloon",
            c -> c.patchBalloon(new BalloonUpdate(32)),
            "PATCH",
            "/balloon",
            "{\"amount_mib\":32}"),
        get(
            "balloonStatistics",
            FirecrackerClient::balloonStatistics,
            "/balloon/statistics",
            "{\"target_pages\":1,\"actual_pages\":2,\"target_mib\":3,\"actual_mib\":4}"),
        body(
            "patchBalloonStatistics",
            c -> c.patchBalloonStatistics(new BalloonStatsUpdate(10)),
            "PATCH",
            "/balloon/statistics",
            "{\"stats_polling_interval_s\":10}"),
        body(
            "startBalloonHinting",
            c -> c.startBalloonHinting(new BalloonStartCmd(true)),
            "PATCH",
            "/balloon/hinting/start",
            "{\"acknowledge_on_stop\":true}"),
        get(
            "balloonHintingStatus",
            FirecrackerClient::balloonHintingStatus,
            "/balloon/hinting/status",
            "{\"host_cmd\":1,\"guest_cmd\":2}"),
        body(
            "stopBalloonHinting",
            FirecrackerClient::stopBalloonHinting,
            "PATCH",
            "/balloon/hinting/stop",
            null),
        body(
            "putMemoryHotplug",
            c -> c.putMemoryHotplug(new MemoryHotplugConfig(1024, 128, 2)),
            "PUT",
            "/hotplug/memory",
            "{\"total_size_mib\":1024,\"slot_size_mib\":128,\"block_size_mib\":2}"),
        body(
            "patchMemoryHotplug",
            c -> c.patchMemoryHotplug(new MemoryHotplugSizeUpdate(512)),
            "PATCH",
            "/hotplug/memory",
            "{\"requested_size_mib\":512}"),
        get(
            "memoryHotplugStatus",
            FirecrackerClient::memoryHotplugStatus,
            "/hotplug/memory",
            "{\"total_size_mib\":1024,\"plugged_size_mib\":0}"),
        body(
            "putMmds",
            c -> c.putMmds(Map.of("latest", Map.of("meta-data", Map.of("ami-id", "ümlaut")))),
            "PUT",
            "/mmds",
            "{\"latest\":{\"meta-data\":{\"ami-id\":\"ümlaut\"}}}"),
        body(
            "patchMmds",
            c -> c.patchMmds(Map.of("k", List.of(1, true))),
            "PATCH",
            "/mmds",
            "{\"k\":[1,true]}"),
        get("mmds", FirecrackerClient::mmds, "/mmds", "{\"latest\":{}}"),
        body(
            "putMmdsConfig",
            c -> c.putMmdsConfig(new MmdsConfig(List.of("eth0"), MmdsVersion.V2, null, null)),
            "PUT",
            "/mmds/config",
            "{\"network_interfaces\":[\"eth0\"],\"version\":\"V2\"}"),
        body(
            "startInstance",
            FirecrackerClient::startInstance,
            "PUT",
            "/actions",
            "{\"action_type\":\"InstanceStart\"}"),
        body(
            "sendCtrlAltDel",
            FirecrackerClient::sendCtrlAltDel,
            "PUT",
            "/actions",
            "{\"action_type\":\"SendCtrlAltDel\"}"),
        body(
            "flushMetrics",
            FirecrackerClient::flushMetrics,
            "PUT",
            "/actions",
            "{\"action_type\":\"FlushMetrics\"}"),
        body("pauseVm", FirecrackerClient::pauseVm, "PATCH", "/vm", "{\"state\":\"Paused\"}"),
        body("resumeVm", FirecrackerClient::resumeVm, "PATCH", "/vm", "{\"state\":\"Resumed\"}"),
        body(
            "createSnapshot",
            c -> c.createSnapshot(SnapshotCreateParams.full("/s/vm.snap", "/s/vm.mem")),
            "PUT",
            "/snapshot/create",
            "{\"snapshot_path\":\"/s/vm.snap\",\"mem_file_path\":\"/s/vm.mem\","
                + "\"snapshot_type\":\"Full\"}"),
        body(
            "loadSnapshot",
            c ->
                c.loadSnapshot(
                    SnapshotLoadParams.builder("/s/vm.snap", MemoryBackend.file("/s/vm.mem"))
                        .trackDirtyPages(true)
                        .resumeVm(true)
                        .build()),
            "PUT",
            "/snapshot/load",
            "{\"snapshot_path\":\"/s/vm.snap\",\"mem_backend\":{\"backend_type\":\"File\","
                + "\"backend_path\":\"/s/vm.mem\"},\"track_dirty_pages\":true,\"resume_vm\":true}"));
  }

  private static EndpointCase get(String name, ClientCall call, String path, String answer) {
    return new EndpointCase(name, call, "GET", path, null, answer);
  }

  private static EndpointCase body(
      String name, ClientCall call, String method, String path, String body) {
    return new EndpointCase(name, call, method, path, body, null);
  }
}
