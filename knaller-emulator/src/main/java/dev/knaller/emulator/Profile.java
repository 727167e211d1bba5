package dev.knaller.emulator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Firecracker release the emulator imitates. Each profile switches the version strings, the
 * flag set, the HTTP methods, the body field sets, the endpoints and some error wording (see
 * API-NOTES.md section 3).
 */
public enum Profile {
  V1_7_0("1.7.0", "v1.0.0"),
  V1_10_1("1.10.1", "v4.0.0"),
  V1_13_1("1.13.1", "v8.0.0"),
  V1_16_1("1.16.1", "v10.0.0");

  private final String version;
  private final String snapshotVersion;

  Profile(String version, String snapshotVersion) {
    this.version = version;
    this.snapshotVersion = snapshotVersion;
  }

  public static Optional<Profile> named(String version) {
    return Arrays.stream(values()).filter(p -> p.version.equals(version)).findFirst();
  }

  /** The crate version, as in {@code GET /version} (no leading {@code v}). */
  public String version() {
    return version;
  }

  /** What {@code --snapshot-version} prints. */
  public String snapshotVersion() {
    return snapshotVersion;
  }

  public boolean atLeast(Profile other) {
    return compareTo(other) >= 0;
  }

  /** micro_http learnt DELETE in the pin v1.16.1 uses; older ones reject it as a method. */
  public boolean hasDelete() {
    return this == V1_16_1;
  }

  /** {@code --enable-pci} exists from v1.13.0. */
  public boolean hasPciFlag() {
    return atLeast(V1_13_1);
  }

  /** v1.14 added /serial, /pmem, /hotplug/memory, balloon hinting; only 1.16.1 has them here. */
  public boolean hasV114Endpoints() {
    return this == V1_16_1;
  }

  /** Post-boot PUT drives/network-interfaces/pmem are hot-plug from v1.16. */
  public boolean hasHotplug() {
    return this == V1_16_1;
  }

  /** Up to v1.13 the logger and metrics files must already exist; v1.14 creates them. */
  public boolean createsLogFiles() {
    return this == V1_16_1;
  }

  /** v1.7 prints block device errors in Rust Debug form. */
  public boolean debugFormatsDriveErrors() {
    return this == V1_7_0;
  }

  public String entropyPrefix() {
    return this == V1_16_1 ? "Entropy config error: " : "Entropy device error: ";
  }

  public String balloonUpdatePrefix() {
    return atLeast(V1_13_1) ? "Balloon update error: " : "Balloon config error: ";
  }

  /** Diff snapshots need dirty-page tracking before v1.13, which added a mincore fallback. */
  public boolean diffNeedsDirtyTracking() {
    return !atLeast(V1_13_1);
  }
}
