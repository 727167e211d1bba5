package dev.knaller.network;

import java.nio.file.Path;

/** Absolute paths of the host programs a VM's network needs, as checked by {@link Preflight}. */
public record HostTools(Path pasta, Path nft, Path ip) {}
