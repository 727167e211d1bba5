package dev.knaller.firecracker.conformance;

import dev.knaller.emulator.InProcessEmulator;
import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.FirecrackerNotListeningException;
import dev.knaller.firecracker.model.SnapshotCreateParams;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One emulator (the test double for Firecracker) inside the test JVM, and a client on its socket,
 * brought to a {@link VmStage} through the API alone.
 */
final class EmulatedVm implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
  private final ApiProfile profile;
  private final InProcessEmulator emulator;
  private final FirecrackerClient client;

  private EmulatedVm(ApiProfile profile, InProcessEmulator emulator, FirecrackerClient client) {
    this.profile = profile;
    this.emulator = emulator;
    this.client = client;
  }

  /** Starts the emulator on {@code socket} and waits until it accepts connections. */
  static EmulatedVm start(ApiProfile profile, Path socket, boolean pci) throws Exception {
    return start(profile, socket, pci, Map.of());
  }

  /** As {@link #start(ApiProfile, Path, boolean)}, with extra {@code KNALLER_EMULATOR_*} knobs. */
  static EmulatedVm start(ApiProfile profile, Path socket, boolean pci, Map<String, String> knobs)
      throws Exception {
    Map<String, String> all = new HashMap<>(profile.knobs());
    all.putAll(knobs);
    var emulator = InProcessEmulator.start(profile.arguments(socket, pci), all);
    var vm = new EmulatedVm(profile, emulator, FirecrackerClient.open(socket));
    try {
      vm.awaitListening();
      return vm;
    } catch (Exception | AssertionError e) {
      vm.close();
      throw e;
    }
  }

  FirecrackerClient client() {
    return client;
  }

  InProcessEmulator emulator() {
    return emulator;
  }

  /** Brings the fresh VM to {@code stage}; restores load {@code snapshot}. */
  void reach(VmStage stage, HostFiles files, SnapshotImage snapshot) throws FirecrackerException {
    switch (stage) {
      case FRESH -> {}
      case CONFIGURED -> StandardVm.configure(client, profile, files);
      case RUNNING -> boot(files);
      case PAUSED -> {
        boot(files);
        client.pauseVm();
      }
      case RESTORED_PAUSED -> client.loadSnapshot(snapshot.load(false));
      case RESTORED_RUNNING -> client.loadSnapshot(snapshot.load(true));
    }
  }

  private void boot(HostFiles files) throws FirecrackerException {
    StandardVm.configure(client, profile, files);
    client.startInstance();
  }

  /** Takes a snapshot of a paused standard VM into {@code directory}. */
  SnapshotImage snapshot(HostFiles files, Path directory) throws FirecrackerException {
    reach(VmStage.PAUSED, files, null);
    var image = new SnapshotImage(directory.resolve("vm.snap"), directory.resolve("vm.mem"));
    client.createSnapshot(
        SnapshotCreateParams.full(image.state().toString(), image.memory().toString()));
    return image;
  }

  private void awaitListening() throws Exception {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (true) {
      try {
        client.connect();
        return;
      } catch (FirecrackerNotListeningException notYet) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "the emulator did not listen within " + READY_TIMEOUT + ": " + emulator.output());
        }
        Thread.sleep(2);
      }
    }
  }

  @Override
  public void close() {
    client.close();
    emulator.close();
  }
}
