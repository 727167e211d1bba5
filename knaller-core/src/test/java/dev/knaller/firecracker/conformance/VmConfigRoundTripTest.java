package dev.knaller.firecracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerFeature;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.CacheType;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.EntropyDevice;
import dev.knaller.firecracker.model.FullVmConfiguration;
import dev.knaller.firecracker.model.HugePages;
import dev.knaller.firecracker.model.IoEngine;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.MmdsConfig;
import dev.knaller.firecracker.model.MmdsVersion;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.Pmem;
import dev.knaller.firecracker.model.RateLimiter;
import dev.knaller.firecracker.model.SnapshotCreateParams;
import dev.knaller.firecracker.model.TokenBucket;
import dev.knaller.firecracker.model.Vsock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /vm/config} gives back what was configured, every field set explicitly, on every
 * release; after a restore the same devices come back, with boot-source and SMT empty (API-NOTES
 * 2.3).
 */
class VmConfigRoundTripTest {
  private static final RateLimiter LIMITER =
      new RateLimiter(TokenBucket.of(1000, 100), new TokenBucket(10L, 1L, 5L));
  private static final MachineConfiguration MACHINE =
      new MachineConfiguration(2, 512, true, true, HugePages.NONE, null);
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiProfile.class)
  void vmConfigEqualsWhatWasConfigured(ApiProfile profile) throws Exception {
    try (var vm = EmulatedVm.start(profile, dir.resolve("api.sock"), true)) {
      FullVmConfiguration configured = configure(vm.client(), profile);

      assertThat(vm.client().vmConfig()).isEqualTo(configured);
      vm.client().startInstance();
      assertThat(vm.client().vmConfig()).isEqualTo(configured);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiProfile.class)
  void aRestoreBringsBackTheDevicesButNotBootSourceOrSmt(ApiProfile profile) throws Exception {
    FullVmConfiguration configured;
    var image = new SnapshotImage(dir.resolve("vm.snap"), dir.resolve("vm.mem"));
    try (var vm = EmulatedVm.start(profile, dir.resolve("source.sock"), true)) {
      configured = configure(vm.client(), profile);
      vm.client().startInstance();
      vm.client().pauseVm();
      vm.client()
          .createSnapshot(
              SnapshotCreateParams.full(image.state().toString(), image.memory().toString()));
    }
    // Firecracker binds the vsock socket again on restore; like any client, remove the old one.
    Files.delete(Path.of(configured.vsock().udsPath()));

    try (var vm = EmulatedVm.start(profile, dir.resolve("api.sock"), true)) {
      vm.client().loadSnapshot(image.load(false));

      assertThat(vm.client().vmConfig()).isEqualTo(restored(configured));
    }
  }

  /** Configures one of everything with explicit values and returns the expected view. */
  private FullVmConfiguration configure(FirecrackerClient client, ApiProfile profile)
      throws Exception {
    boolean v114 = profile.has(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    var boot = new BootSource(file("vmlinux"), "console=ttyS0 reboot=k", file("initrd.img"));
    List<Drive> drives = List.of(rootDrive(), scratchDrive());
    var eth0 =
        NetworkInterface.of("eth0", "tap0", "06:00:ac:10:00:02").withRateLimiters(LIMITER, LIMITER);
    var mmds =
        new MmdsConfig(List.of("eth0"), MmdsVersion.V2, "169.254.170.2", imdsCompat(profile));
    var vsock = new Vsock(3, dir.resolve("v.sock").toString(), null);
    var entropy = new EntropyDevice(LIMITER);
    var pmem = new Pmem("pm0", file("pmem.img"), false, true, LIMITER);

    client.putMachineConfig(MACHINE);
    client.putBootSource(boot);
    for (Drive drive : drives) {
      client.putDrive(drive);
    }
    client.putNetworkInterface(eth0);
    client.putBalloon(StandardVm.balloon(profile));
    client.putMmdsConfig(mmds);
    client.putVsock(vsock);
    client.putEntropy(entropy);
    if (v114) {
      client.putPmem(pmem);
      client.putMemoryHotplug(StandardVm.MEMORY_HOTPLUG);
    }
    return new FullVmConfiguration(
        StandardVm.balloonShown(profile),
        drives,
        boot,
        null,
        null,
        MACHINE,
        null,
        v114 ? StandardVm.MEMORY_HOTPLUG : null,
        mmds,
        List.of(eth0),
        v114 ? List.of(pmem) : null,
        vsock,
        entropy);
  }

  private static FullVmConfiguration restored(FullVmConfiguration c) {
    var machine = new MachineConfiguration(2, 512, false, true, HugePages.NONE, null);
    return new FullVmConfiguration(
        c.balloon(),
        c.drives(),
        new BootSource("", null, null),
        c.cpuConfig(),
        c.logger(),
        machine,
        c.metrics(),
        c.memoryHotplug(),
        c.mmdsConfig(),
        c.networkInterfaces(),
        c.pmem(),
        c.vsock(),
        c.entropy());
  }

  private Drive rootDrive() throws Exception {
    return Drive.builder("rootfs", true)
        .partuuid("0eaa91a0-01")
        .cacheType(CacheType.WRITEBACK)
        .isReadOnly(false)
        .pathOnHost(file("rootfs.ext4"))
        .rateLimiter(LIMITER)
        .ioEngine(IoEngine.SYNC)
        .build();
  }

  private Drive scratchDrive() throws Exception {
    return Drive.builder("scratch", false)
        .cacheType(CacheType.UNSAFE)
        .isReadOnly(true)
        .pathOnHost(file("scratch.ext4"))
        .ioEngine(IoEngine.ASYNC)
        .build();
  }

  /** imds_compat exists from 1.13; before, the field is neither sent nor shown. */
  private static Boolean imdsCompat(ApiProfile profile) {
    return profile.has(FirecrackerFeature.MMDS_IMDS_COMPAT) ? true : null;
  }

  private String file(String name) throws Exception {
    Path file = dir.resolve(name);
    return (Files.exists(file) ? file : Files.writeString(file, name)).toString();
  }
}
