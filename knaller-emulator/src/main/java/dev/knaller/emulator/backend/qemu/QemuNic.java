package dev.knaller.emulator.backend.qemu;

import java.util.Optional;

/**
 * A virtio network device attached to an existing TAP device; without a MAC address QEMU picks one,
 * as Firecracker does when {@code guest_mac} is absent.
 */
public record QemuNic(String tap, Optional<String> guestMac) {}
