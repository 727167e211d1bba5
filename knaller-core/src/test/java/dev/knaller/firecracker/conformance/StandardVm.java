package dev.knaller.firecracker.conformance;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.FirecrackerFeature;
import dev.knaller.firecracker.model.Balloon;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.EntropyDevice;
import dev.knaller.firecracker.model.HugePages;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.MemoryHotplugConfig;
import dev.knaller.firecracker.model.MmdsConfig;
import dev.knaller.firecracker.model.MmdsVersion;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.Pmem;
import java.util.List;

/**
 * The configuration of the CONFIGURED stage: one of every boot-path resource the release has, so
 * that every post-boot call finds the device it acts on (drive {@code scratch}, interface {@code
 * eth0}, balloon with statistics, pmem {@code pm0}, memory hot-plug).
 */
final class StandardVm {
  static final MachineConfiguration MACHINE =
      MachineConfiguration.of(2, 256).withTrackDirtyPages(true);

  /** What {@code GET /machine-config} shows for {@link #MACHINE}: defaults filled in. */
  static final MachineConfiguration MACHINE_SHOWN =
      new MachineConfiguration(2, 256, false, true, HugePages.NONE, null);

  /** Firecracker's defaults, shown before anything is configured. */
  static final MachineConfiguration DEFAULT_MACHINE_SHOWN =
      new MachineConfiguration(1, 128, false, false, HugePages.NONE, null);

  static final NetworkInterface ETH0 = NetworkInterface.of("eth0", "tap0", "06:00:ac:10:00:02");
  static final String BOOT_ARGS = "console=ttyS0 reboot=k panic=1";
  static final MemoryHotplugConfig MEMORY_HOTPLUG = new MemoryHotplugConfig(1024, 128, 2);

  private StandardVm() {}

  /** The balloon as configured; free page hinting only where the release has it. */
  static Balloon balloon(ApiProfile profile) {
    boolean hinting = profile.has(FirecrackerFeature.BALLOON_FREE_PAGE_HINTING);
    return new Balloon(64, true, 1, hinting ? true : null, null);
  }

  /** The balloon as {@code GET /balloon} shows it: 1.14+ reports both free page flags. */
  static Balloon balloonShown(ApiProfile profile) {
    boolean hinting = profile.has(FirecrackerFeature.BALLOON_FREE_PAGE_HINTING);
    return new Balloon(64, true, 1, hinting ? true : null, hinting ? false : null);
  }

  static Drive rootDrive(HostFiles files) {
    return Drive.builder("rootfs", true).pathOnHost(files.rootfs()).isReadOnly(false).build();
  }

  static Drive scratchDrive(HostFiles files) {
    return Drive.builder("scratch", false).pathOnHost(files.scratch()).isReadOnly(false).build();
  }

  static Pmem pmem(HostFiles files) {
    return new Pmem("pm0", files.pmem(0), false, false, null);
  }

  static void configure(FirecrackerClient client, ApiProfile profile, HostFiles files)
      throws FirecrackerException {
    client.putMachineConfig(MACHINE);
    client.putBootSource(BootSource.of(files.kernel(), BOOT_ARGS));
    client.putDrive(rootDrive(files));
    client.putDrive(scratchDrive(files));
    client.putNetworkInterface(ETH0);
    client.putBalloon(balloon(profile));
    client.putMmdsConfig(new MmdsConfig(List.of("eth0"), MmdsVersion.V2, null, null));
    client.putEntropy(new EntropyDevice(null));
    if (profile.has(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING)) {
      client.putPmem(pmem(files));
      client.putMemoryHotplug(MEMORY_HOTPLUG);
    }
  }
}
