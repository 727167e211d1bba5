package dev.knaller.bench;

import java.nio.file.Path;

/** The files a VM start names: kernel and root drive. */
record VmFiles(Path kernel, Path rootfs) {}
