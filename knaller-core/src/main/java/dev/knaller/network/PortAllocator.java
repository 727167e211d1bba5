package dev.knaller.network;

import java.util.Set;

/**
 * Chooses the host port forwarded to a VM's SSH port.
 *
 * <p>The preferred port is {@code 20000 + hash(name) mod 10000}, so a VM usually keeps its port
 * across restarts. The range 20000-29999 lies below Linux's default ephemeral range (32768-60999,
 * {@code net.ipv4.ip_local_port_range}), so outgoing connections rarely occupy it. With 10000
 * slots, two names share a preferred port often enough (about 1 % at 14 VMs) that the preference is
 * only a start: the allocator skips ports other live VMs use and ports the probe finds bound,
 * walking upwards and wrapping inside the range.
 *
 * <p>Probing cannot reserve: a port free now can be taken before pasta binds it. Pasta then exits
 * non-zero, and the start fails naming the port.
 */
public final class PortAllocator {
  public static final int FIRST_PORT = 20_000;
  public static final int PORT_COUNT = 10_000;

  private final PortProbe probe;

  public PortAllocator(PortProbe probe) {
    this.probe = probe;
  }

  /** Returns an allocator probing 127.0.0.1 for real. */
  public static PortAllocator loopback() {
    return new PortAllocator(PortProbe.loopback());
  }

  /** Returns the port {@code name} prefers, before anything is probed. */
  public static int preferredPort(String name) {
    return FIRST_PORT + (int) (NameHash.of("ssh-port", name).nonNegativeLong() % PORT_COUNT);
  }

  /**
   * Returns the first port from the name's preferred one on that is not in {@code portsOfLiveVms}
   * and that the probe finds free.
   *
   * @throws NetworkException when every port of the range is taken
   */
  public int allocate(String name, Set<Integer> portsOfLiveVms) throws NetworkException {
    int offset = preferredPort(name) - FIRST_PORT;
    for (int step = 0; step < PORT_COUNT; step++) {
      int port = FIRST_PORT + (offset + step) % PORT_COUNT;
      if (!portsOfLiveVms.contains(port) && probe.isFree(port)) {
        return port;
      }
    }
    throw new NetworkException(
        String.format(
            "no free TCP port on 127.0.0.1 in %d-%d for the SSH forward of vm %s: every port is"
                + " in use; stop some VMs or free ports in that range",
            FIRST_PORT, FIRST_PORT + PORT_COUNT - 1, name));
  }
}
