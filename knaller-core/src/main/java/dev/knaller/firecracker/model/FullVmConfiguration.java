package dev.knaller.firecracker.model;

import dev.knaller.json.KebabCaseKeys;
import java.util.List;

/** Everything configured so far ({@code GET /vm/config}); keys are kebab-case on the wire. */
public record FullVmConfiguration(
    Balloon balloon,
    List<Drive> drives,
    BootSource bootSource,
    CpuConfig cpuConfig,
    Logger logger,
    MachineConfiguration machineConfig,
    Metrics metrics,
    MemoryHotplugConfig memoryHotplug,
    MmdsConfig mmdsConfig,
    List<NetworkInterface> networkInterfaces,
    List<Pmem> pmem,
    Vsock vsock,
    EntropyDevice entropy)
    implements KebabCaseKeys {
  /** Copies lists so the record is immutable. */
  public FullVmConfiguration {
    drives = drives == null ? null : List.copyOf(drives);
    networkInterfaces = networkInterfaces == null ? null : List.copyOf(networkInterfaces);
    pmem = pmem == null ? null : List.copyOf(pmem);
  }
}
