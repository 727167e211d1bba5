package dev.knaller.firecracker.conformance;

import dev.knaller.firecracker.FirecrackerFeature;
import dev.knaller.firecracker.FirecrackerVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The four Firecracker releases the emulator imitates. Each is started the way knaller starts it:
 * with {@code --enable-pci} where the release has the flag (1.13+), so 1.16's post-boot PUTs are
 * hot-plugs.
 */
enum ApiProfile {
  V1_7_0("1.7.0"),
  V1_10_1("1.10.1"),
  V1_13_1("1.13.1"),
  V1_16_1("1.16.1");

  /** The instance id every conformance emulator gets, so {@code GET /} can be compared whole. */
  static final String INSTANCE_ID = "conformance";

  private final String name;

  ApiProfile(String name) {
    this.name = name;
  }

  FirecrackerVersion version() {
    return FirecrackerVersion.parse(name);
  }

  boolean has(FirecrackerFeature feature) {
    return version().supports(feature);
  }

  /** The {@code KNALLER_EMULATOR_*} knobs selecting this release; Ctrl+Alt+Del is ignored. */
  Map<String, String> knobs() {
    return Map.of("KNALLER_EMULATOR_VERSION", name, "KNALLER_EMULATOR_CTRL_ALT_DEL", "ignore");
  }

  /** Firecracker's command line for {@code socket}, with PCI on where the release allows it. */
  List<String> arguments(Path socket, boolean pci) {
    List<String> args = new ArrayList<>(List.of("--api-sock", socket.toString()));
    args.addAll(List.of("--id", INSTANCE_ID));
    if (pci && has(FirecrackerFeature.ENABLE_PCI)) {
      args.add("--enable-pci");
    }
    return args;
  }

  @Override
  public String toString() {
    return name;
  }
}
