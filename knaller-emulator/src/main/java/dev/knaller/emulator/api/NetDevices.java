package dev.knaller.emulator.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The network devices of this process's network namespace, from {@code /proc/net/dev}. Not {@code
 * /sys/class/net}: sysfs shows the namespace of whoever mounted it, and pasta makes a network
 * namespace without a mount namespace, so inside pasta {@code /sys/class/net} still lists the
 * host's devices and not the TAP.
 */
final class NetDevices {
  private static final Path PROC_NET_DEV = Path.of("/proc/net/dev");

  private NetDevices() {}

  static boolean exists(String name) {
    try {
      return names(Files.readString(PROC_NET_DEV)).contains(name);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Device names of a {@code /proc/net/dev} text: two header lines, then {@code name: counters}.
   */
  static Set<String> names(String procNetDev) {
    Set<String> names = new LinkedHashSet<>();
    for (String line : procNetDev.split("\n", -1)) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.contains("|")) {
        names.add(line.substring(0, colon).strip());
      }
    }
    return names;
  }
}
