package dev.knaller.network;

import java.util.Collection;
import java.util.Optional;

/**
 * Chooses a VM's /30 as a pure function of its name and the prefixes present in its namespace.
 *
 * <p>The preferred /30 comes from the name's hash inside a private pool (172.16.0.0/12 by default:
 * 2^18 candidates). Pasta copies the host's addresses and routes into each namespace, so a /30 that
 * intersects one of them would make a host destination (or the default gateway) look local to the
 * namespace. Then the allocator steps to the next candidate: index {@code i + k * STRIDE} modulo
 * the pool size. The stride is odd and the pool size a power of two, so the walk visits every /30
 * of the pool exactly once, and each step jumps far away from a blocked host network instead of
 * crawling through it.
 *
 * <p>Two VMs may get the same /30: each has its own namespace, so that does no harm.
 */
public final class SubnetAllocator {
  /** The default pool: RFC 1918's 172.16.0.0/12. */
  public static final Ipv4Prefix DEFAULT_POOL = Ipv4Prefix.of("172.16.0.0/12");

  static final int SUBNET_LENGTH = 30;
  private static final long STRIDE = 40_503;

  private final Ipv4Prefix pool;

  public SubnetAllocator() {
    this(DEFAULT_POOL);
  }

  public SubnetAllocator(Ipv4Prefix pool) {
    if (pool.length() > SUBNET_LENGTH) {
      throw new IllegalArgumentException("pool " + pool + " is smaller than a /30");
    }
    this.pool = pool;
  }

  /** Returns the /30 the name hashes to, before any host prefix is considered. */
  public Ipv4Prefix preferred(String name) {
    return candidate(preferredIndex(name));
  }

  /**
   * Returns the first /30 of the name's walk that intersects none of {@code hostPrefixes}, or empty
   * when every /30 of the pool is blocked.
   */
  public Optional<Ipv4Prefix> allocate(String name, Collection<Ipv4Prefix> hostPrefixes) {
    long start = preferredIndex(name);
    long size = candidateCount();
    for (long step = 0; step < size; step++) {
      Ipv4Prefix subnet = candidate((start + step * STRIDE) % size);
      if (hostPrefixes.stream().noneMatch(subnet::overlaps)) {
        return Optional.of(subnet);
      }
    }
    return Optional.empty();
  }

  public Ipv4Prefix pool() {
    return pool;
  }

  private long preferredIndex(String name) {
    return NameHash.of("subnet", name).nonNegativeLong() % candidateCount();
  }

  private long candidateCount() {
    return 1L << (SUBNET_LENGTH - pool.length());
  }

  private Ipv4Prefix candidate(long index) {
    int offset = (int) (index << (32 - SUBNET_LENGTH));
    return new Ipv4Prefix(pool.network().plus(offset), SUBNET_LENGTH);
  }
}
