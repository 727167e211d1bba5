package dev.knaller.firecracker.model;

/** A new target size of the hot-pluggable region ({@code PATCH /hotplug/memory}). */
public record MemoryHotplugSizeUpdate(Integer requestedSizeMib) {}
