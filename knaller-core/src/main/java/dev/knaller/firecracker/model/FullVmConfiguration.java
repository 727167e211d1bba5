package dev.knaller.firecracker.model;

import dev.knaller.json.JsonName;
import java.util.List;

/** Everything configured so far ({@code GET /vm/config}); keys are kebab-case on the wire. */
public record FullVmConfiguration(
    Balloon balloon,
    List<Drive> drives,
    @JsonName("boot-source") BootSource bootSource,
    @JsonName("cpu-config") CpuConfig cpuConfig,
    Logger logger,
    @JsonName("machine-config") MachineConfiguration machineConfig,
    Metrics metrics,
    @JsonName("memory-hotplug") MemoryHotplugConfig memoryHotplug,
    @JsonName("mmds-config") MmdsConfig mmdsConfig,
    @JsonName("network-interfaces") List<NetworkInterface> networkInterfaces,
    List<Pmem> pmem,
    Vsock vsock,
    EntropyDevice entropy) {
  /** Checks the fields the API requires and copies lists so the record is immutable. */
  public FullVmConfiguration {
    drives = drives == null ? null : List.copyOf(drives);
    networkInterfaces = networkInterfaces == null ? null : List.copyOf(networkInterfaces);
    pmem = pmem == null ? null : List.copyOf(pmem);
  }
}
