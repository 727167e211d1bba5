package dev.knaller.firecracker;

/** API features that appeared in a given Firecracker release; see {@link FirecrackerVersion}. */
public enum FirecrackerFeature {
  /** PATCH /machine-config with fields left out; before 1.11 it needed mem_size_mib and dirty. */
  PARTIAL_MACHINE_CONFIG_PATCH(1, 11, "PATCH /machine-config without mem_size_mib"),
  /** network_overrides on PUT /snapshot/load. */
  NETWORK_OVERRIDES(1, 12, "network_overrides on PUT /snapshot/load"),
  /** The --enable-pci command-line flag; older binaries exit 153 on it. */
  ENABLE_PCI(1, 13, "the --enable-pci flag"),
  /** track_dirty_pages on PUT /snapshot/load; older servers know only enable_diff_snapshots. */
  TRACK_DIRTY_PAGES_ON_LOAD(1, 13, "track_dirty_pages on PUT /snapshot/load"),
  /** imds_compat on PUT /mmds/config. */
  MMDS_IMDS_COMPAT(1, 13, "imds_compat on PUT /mmds/config"),
  /** PUT /serial, PUT /pmem, /hotplug/memory and /balloon/hinting. */
  SERIAL_PMEM_HOTPLUG_HINTING(1, 14, "/serial, /pmem, /hotplug/memory and /balloon/hinting"),
  /** free_page_hinting and free_page_reporting on PUT /balloon. */
  BALLOON_FREE_PAGE_HINTING(1, 14, "free_page_hinting and free_page_reporting on PUT /balloon"),
  /** Firecracker creates missing log and metrics files; before 1.14 they must exist. */
  CREATES_LOG_FILES(1, 14, "creating missing log and metrics files"),
  /** DELETE hot-unplug, PATCH /pmem, and PUT drives, network interfaces and pmem after boot. */
  HOTPLUG(1, 16, "DELETE, PATCH /pmem and post-boot hot-plug"),
  /** mtu on PUT /network-interfaces. */
  NETWORK_MTU(1, 16, "mtu on PUT /network-interfaces"),
  /** rate_limiter on PUT /serial. */
  SERIAL_RATE_LIMITER(1, 16, "rate_limiter on PUT /serial"),
  /** vsock_override and clock_realtime on PUT /snapshot/load. */
  VSOCK_OVERRIDE_AND_CLOCK_REALTIME(1, 16, "vsock_override and clock_realtime on snapshot load");

  private final int major;
  private final int minor;
  private final String description;

  FirecrackerFeature(int major, int minor, String description) {
    this.major = major;
    this.minor = minor;
    this.description = description;
  }

  /** The first release that has the feature. */
  public FirecrackerVersion minimum() {
    return FirecrackerVersion.of(major, minor, 0);
  }

  /** What the feature is, for messages. */
  public String description() {
    return description;
  }
}
