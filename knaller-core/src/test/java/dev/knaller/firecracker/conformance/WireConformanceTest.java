package dev.knaller.firecracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.firecracker.FirecrackerApiException;
import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerFeature;
import dev.knaller.firecracker.FirecrackerUnsupportedException;
import dev.knaller.firecracker.FirecrackerVersion;
import dev.knaller.firecracker.model.InstanceState;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the client puts on the wire against the emulator, seen through a {@link WireRecorder}. */
class WireConformanceTest {
  private static final String DROPPED = "\nAll previous unanswered requests will be dropped.\" }";
  @TempDir Path dir;
  private EmulatedVm vm;
  private WireRecorder wire;
  private FirecrackerClient recordedClient;

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiProfile.class)
  void snapshotLoadNamesDirtyPageTrackingAsTheReleaseDoes(ApiProfile profile) throws Exception {
    HostFiles.createShared(dir);
    SnapshotImage image;
    try (var source = EmulatedVm.start(profile, dir.resolve("source.sock"), true)) {
      image = source.snapshot(new HostFiles(dir, dir, null), dir);
    }

    FirecrackerClient client = recorded(profile, profile.version());
    client.loadSnapshot(image.load(false));

    boolean renamed = profile.has(FirecrackerFeature.TRACK_DIRTY_PAGES_ON_LOAD);
    String sentName = renamed ? "track_dirty_pages" : "enable_diff_snapshots";
    String otherName = renamed ? "enable_diff_snapshots" : "track_dirty_pages";
    assertThat(wire.sent())
        .startsWith("PUT /snapshot/load HTTP/1.1\r\n")
        .contains("\"" + sentName + "\":true")
        .doesNotContain(otherName);
    assertThat(client.describeInstance().state()).isEqualTo(InstanceState.PAUSED);
  }

  @Test
  void afterTheTransportLevel400ForAnOversizedBodyTheClientRedials() throws Exception {
    // {"blob":"<51200 x>"} is 51211 bytes, over micro_http's 51200-byte limit.
    Map<String, String> oversized = Map.of("blob", "x".repeat(51200));
    FirecrackerClient client = recorded(ApiProfile.V1_16_1, ApiProfile.V1_16_1.version());
    assertThatThrownBy(() -> client.putMmds(oversized))
        .isInstanceOfSatisfying(
            FirecrackerApiException.class,
            e ->
                assertThat(e.faultMessage())
                    .isEqualTo(
                        "{ \"error\": \"Request payload with size 51211 is larger than the limit"
                            + " of 51200 allowed by server."
                            + DROPPED));

    assertThat(client.describeInstance().state()).isEqualTo(InstanceState.NOT_STARTED);
    assertThat(wire.connections()).isEqualTo(2);
  }

  @Test
  void afterDeleteReachesAServerWithoutItTheClientRedials() throws Exception {
    // A client told the wrong version sends DELETE to 1.13, whose micro_http does not know it.
    FirecrackerClient client = recorded(ApiProfile.V1_13_1, ApiProfile.V1_16_1.version());
    assertThatThrownBy(() -> client.deleteDrive("scratch"))
        .isInstanceOfSatisfying(
            FirecrackerApiException.class,
            e ->
                assertThat(e.faultMessage())
                    .isEqualTo(
                        "{ \"error\": \"Invalid HTTP Method: Unsupported HTTP method." + DROPPED));

    assertThat(client.version()).isEqualTo(ApiProfile.V1_13_1.version());
    assertThat(wire.connections()).isEqualTo(2);
  }

  @Test
  void a204EndsAtItsHeadersAndTheConnectionIsKept() throws Exception {
    FirecrackerClient client = recorded(ApiProfile.V1_16_1, ApiProfile.V1_16_1.version());
    client.putMachineConfig(StandardVm.MACHINE);
    assertThat(client.machineConfig()).isEqualTo(StandardVm.MACHINE_SHOWN);

    String noContent = "HTTP/1.1 204 \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n\r\n";
    assertThat(wire.received()).startsWith(noContent + "HTTP/1.1 200 \r\n");
    assertThat(wire.connections()).isEqualTo(1);
  }

  @Test
  void aCallTheReleaseLacksIsRefusedWithoutBeingSent() throws Exception {
    FirecrackerClient client = recorded(ApiProfile.V1_13_1, null);
    assertThatThrownBy(() -> client.deleteDrive("scratch"))
        .isInstanceOf(FirecrackerUnsupportedException.class);

    // The client asks the version once, and nothing else reaches the server.
    assertThat(wire.sent()).startsWith("GET /version HTTP/1.1\r\n").doesNotContain("DELETE");
  }

  /**
   * Starts {@code profile} behind a recorder and returns a client of the recorder; {@code version}
   * is what the client is told (null: it asks).
   */
  private FirecrackerClient recorded(ApiProfile profile, FirecrackerVersion version)
      throws Exception {
    vm = EmulatedVm.start(profile, dir.resolve("api.sock"), true);
    wire = WireRecorder.between(dir.resolve("front.sock"), dir.resolve("api.sock"));
    var builder = FirecrackerClient.builder(dir.resolve("front.sock"));
    recordedClient = version == null ? builder.build() : builder.version(version).build();
    return recordedClient;
  }

  @AfterEach
  void closeAll() {
    for (AutoCloseable open : new AutoCloseable[] {recordedClient, wire, vm}) {
      if (open != null) {
        try {
          open.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
