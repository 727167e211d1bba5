package dev.knaller.emulator.backend.qemu;

import java.nio.file.Path;

/** A virtio block device backed by a raw image file. */
public record QemuDrive(Path file, boolean readOnly) {}
