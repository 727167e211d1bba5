package dev.knaller.emulator.backend.qemu;

/** A virtio network device attached to an existing TAP device, with the guest's MAC address. */
public record QemuNic(String tap, String guestMac) {}
