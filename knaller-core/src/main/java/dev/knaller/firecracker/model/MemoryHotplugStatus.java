package dev.knaller.firecracker.model;

/** The hot-pluggable memory status ({@code GET /hotplug/memory}). Sizes in MiB. */
public record MemoryHotplugStatus(
    Integer totalSizeMib,
    Integer slotSizeMib,
    Integer blockSizeMib,
    Integer pluggedSizeMib,
    Integer requestedSizeMib) {}
