package dev.knaller.firecracker.model;

/**
 * The hot-pluggable memory region, a virtio-mem device ({@code PUT /hotplug/memory}, 1.14+). Sizes
 * in MiB.
 */
public record MemoryHotplugConfig(
    Integer totalSizeMib, Integer slotSizeMib, Integer blockSizeMib) {}
