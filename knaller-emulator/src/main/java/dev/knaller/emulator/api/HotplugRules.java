package dev.knaller.emulator.api;

/** What a post-boot PUT of a device means per version: refused, "PCI is not enabled", hot-plug. */
final class HotplugRules {
  private HotplugRules() {}

  /**
   * Returns normally when the PUT may go ahead: pre-boot (an upsert), or a hot-plug with PCI on of
   * an ID not in use yet.
   */
  static void checkPut(Vmm vmm, boolean idInUse) throws Fault {
    if (!vmm.started()) {
      return;
    }
    if (!vmm.profile().hasHotplug()) {
      throw Fault.notSupportedAfterStart();
    }
    requirePci(vmm);
    if (idInUse) {
      throw new Fault("Device ID in use");
    }
  }

  /** DELETE (hot-unplug, v1.16) is a runtime operation and needs PCI. */
  static void checkDelete(Vmm vmm) throws Fault {
    vmm.requireStarted();
    requirePci(vmm);
  }

  private static void requirePci(Vmm vmm) throws Fault {
    if (!vmm.pciEnabled()) {
      throw new Fault("PCI is not enabled");
    }
  }
}
