package dev.knaller.firecracker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Firecracker release, as {@code firecracker --version} ({@code Firecracker v1.16.1}) or {@code
 * GET /version} ({@code 1.16.1}) report it, with semver pre-release ({@code 1.17.0-dev}) and build
 * ({@code +fuzzing}) suffixes.
 *
 * <p>Ordering is numeric and follows semver ({@code 1.9.0 < 1.13.0}, {@code 1.17.0-dev < 1.17.0});
 * build metadata only breaks ties, so the order stays consistent with {@code equals}.
 *
 * @param preRelease the part after {@code -}, or empty
 * @param build the part after {@code +}, or empty
 */
public record FirecrackerVersion(int major, int minor, int patch, String preRelease, String build)
    implements Comparable<FirecrackerVersion> {
  private static final Pattern FORM =
      Pattern.compile(
          "(?:Firecracker\\s+)?v?(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})"
              + "(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?");

  /** Checks the parts. */
  public FirecrackerVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers must not be negative");
    }
    preRelease = preRelease == null ? "" : preRelease;
    build = build == null ? "" : build;
  }

  /** Returns the release {@code major.minor.patch}. */
  public static FirecrackerVersion of(int major, int minor, int patch) {
    return new FirecrackerVersion(major, minor, patch, "", "");
  }

  /**
   * Parses {@code --version} output or a bare version; only the first non-blank line counts.
   *
   * @throws IllegalArgumentException if no version is there
   */
  public static FirecrackerVersion parse(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    Matcher matcher = FORM.matcher(line);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a Firecracker version: \"" + text.strip() + "\"; expected e.g. Firecracker v1.16.1");
    }
    return new FirecrackerVersion(
        Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3)),
        matcher.group(4),
        matcher.group(5));
  }

  /**
   * Runs {@code binary --version} (5 s at most) and parses its output.
   *
   * @throws FirecrackerException if it cannot run, times out, exits non-zero or prints no version
   */
  public static FirecrackerVersion ofBinary(Path binary)
      throws FirecrackerException, InterruptedException {
    return ofBinary(binary, Duration.ofSeconds(5));
  }

  /** Runs {@code binary --version}, killing it after {@code timeout}, and parses its output. */
  public static FirecrackerVersion ofBinary(Path binary, Duration timeout)
      throws FirecrackerException, InterruptedException {
    return BinaryVersionProbe.probe(binary, timeout);
  }

  /** True when this release has {@code feature}. */
  public boolean supports(FirecrackerFeature feature) {
    return compareTo(feature.minimum()) >= 0;
  }

  /** {@code --enable-pci} may be passed (1.13.0+). */
  public boolean supportsEnablePci() {
    return supports(FirecrackerFeature.ENABLE_PCI);
  }

  /**
   * Snapshot load takes {@code track_dirty_pages} (1.13+); before, {@code enable_diff_snapshots}.
   */
  public boolean supportsTrackDirtyPagesOnLoad() {
    return supports(FirecrackerFeature.TRACK_DIRTY_PAGES_ON_LOAD);
  }

  /** Snapshot load takes {@code network_overrides} (1.12+). */
  public boolean supportsNetworkOverrides() {
    return supports(FirecrackerFeature.NETWORK_OVERRIDES);
  }

  /** The HTTP DELETE method (hot-unplug) exists (1.16+); older servers answer a transport 400. */
  public boolean supportsDelete() {
    return supports(FirecrackerFeature.HOTPLUG);
  }

  /** {@code /serial}, {@code /pmem}, {@code /hotplug/memory}, {@code /balloon/hinting} (1.14+). */
  public boolean hasSerialPmemHotplugHinting() {
    return supports(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
  }

  /** Log and metrics files are created when missing (1.14+); before, they must already exist. */
  public boolean createsLogAndMetricsFiles() {
    return supports(FirecrackerFeature.CREATES_LOG_FILES);
  }

  @Override
  public int compareTo(FirecrackerVersion other) {
    int order = Integer.compare(major, other.major);
    order = order != 0 ? order : Integer.compare(minor, other.minor);
    order = order != 0 ? order : Integer.compare(patch, other.patch);
    order = order != 0 ? order : PreRelease.compare(preRelease, other.preRelease);
    return order != 0 ? order : build.compareTo(other.build);
  }

  /** Returns {@code 1.16.1}, with {@code -pre} and {@code +build} when present. */
  @Override
  public String toString() {
    String text = major + "." + minor + "." + patch;
    text += preRelease.isEmpty() ? "" : "-" + preRelease;
    return text + (build.isEmpty() ? "" : "+" + build);
  }
}
