package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.firecracker.model.Balloon;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.MemoryBackend;
import dev.knaller.firecracker.model.MmdsConfig;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.NetworkOverride;
import dev.knaller.firecracker.model.Pmem;
import dev.knaller.firecracker.model.SerialDevice;
import dev.knaller.firecracker.model.SnapshotLoadParams;
import dev.knaller.firecracker.model.VsockOverride;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client learns the server's version lazily and fits or refuses requests to it. */
class FirecrackerClientVersionTest {
  private static final MemoryBackend MEMORY = MemoryBackend.file("/s/vm.mem");

  @TempDir Path directory;
  private FakeFirecrackerServer server;
  private FirecrackerClient client;

  @BeforeEach
  void start() throws IOException {
    server = FakeFirecrackerServer.start(directory);
    client = FirecrackerClient.open(server.socket());
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  @Test
  void asksForTheVersionOnceAndOnlyWhenACallDependsOnIt() throws FirecrackerException {
    client.startInstance();
    client.putPmem(new Pmem("pm0", "/p", null, null, null));
    client.putPmem(new Pmem("pm1", "/p", null, null, null));

    assertThat(server.requests())
        .extracting(RecordedRequest::line)
        .containsExactly("PUT /actions", "GET /version", "PUT /pmem/pm0", "PUT /pmem/pm1");
    assertThat(client.knownVersion()).contains(FirecrackerVersion.of(1, 16, 1));
  }

  @Test
  void usesAVersionItWasToldWithoutAsking() throws FirecrackerException {
    try (FirecrackerClient told =
        FirecrackerClient.builder(server.socket())
            .version(FirecrackerVersion.of(1, 14, 0))
            .build()) {
      told.putPmem(new Pmem("pm0", "/p", null, null, null));
    }

    assertThat(server.requests())
        .extracting(RecordedRequest::line)
        .containsExactly("PUT /pmem/pm0");
  }

  @Test
  void parsesADevelopmentVersion() throws FirecrackerException {
    server.reportingVersion("1.17.0-dev");

    assertThat(client.version()).isEqualTo(new FirecrackerVersion(1, 17, 0, "dev", ""));
  }

  @Test
  void refusesDeleteBefore116WithoutSendingIt() {
    server.reportingVersion("1.13.1");

    assertThatThrownBy(() -> client.deleteDrive("scratch"))
        .isInstanceOfSatisfying(
            FirecrackerUnsupportedException.class,
            ex -> {
              assertThat(ex.feature()).isEqualTo(FirecrackerFeature.HOTPLUG);
              assertThat(ex.found()).isEqualTo(FirecrackerVersion.of(1, 13, 1));
            })
        .hasMessageStartingWith("Firecracker >= 1.16.0 required for DELETE")
        .hasMessageContaining("found 1.13.1");
    assertThat(server.requests()).extracting(RecordedRequest::line).containsExactly("GET /version");
  }

  @Test
  void sendsEnableDiffSnapshotsToServersBefore113() throws FirecrackerException {
    server.reportingVersion("1.10.1");

    client.loadSnapshot(
        SnapshotLoadParams.builder("/s/vm.snap", MEMORY).trackDirtyPages(true).build());

    assertThat(server.lastRequest().body())
        .isEqualTo(
            "{\"snapshot_path\":\"/s/vm.snap\",\"mem_backend\":{\"backend_type\":\"File\","
                + "\"backend_path\":\"/s/vm.mem\"},\"enable_diff_snapshots\":true}");
  }

  @Test
  void sendsTrackDirtyPagesFrom113EvenWhenGivenTheDeprecatedName() throws FirecrackerException {
    server.reportingVersion("1.13.1");
    SnapshotLoadParams deprecated =
        new SnapshotLoadParams("/s/vm.snap", null, "/s/vm.mem", null, true, null, null, null, null);

    client.loadSnapshot(deprecated);

    assertThat(server.lastRequest().body())
        .isEqualTo(
            "{\"snapshot_path\":\"/s/vm.snap\",\"mem_file_path\":\"/s/vm.mem\","
                + "\"track_dirty_pages\":true}");
  }

  @Test
  void refusesSnapshotFieldsTheServerLacks() {
    server.reportingVersion("1.10.1");
    SnapshotLoadParams overrides =
        SnapshotLoadParams.builder("/s", MEMORY)
            .networkOverrides(List.of(new NetworkOverride("eth0", "tap1")))
            .build();
    SnapshotLoadParams vsock =
        SnapshotLoadParams.builder("/s", MEMORY).vsockOverride(new VsockOverride("/v")).build();

    assertThatThrownBy(() -> client.loadSnapshot(overrides))
        .hasMessageStartingWith("Firecracker >= 1.12.0 required for network_overrides");
    assertThatThrownBy(() -> client.loadSnapshot(vsock))
        .hasMessageStartingWith("Firecracker >= 1.16.0 required for vsock_override");
    assertThat(server.requests()).extracting(RecordedRequest::line).containsExactly("GET /version");
  }

  @Test
  void refusesFieldsAddedAfterTheServersRelease() {
    server.reportingVersion("1.13.1");

    assertThatThrownBy(
            () ->
                client.putNetworkInterface(NetworkInterface.of("eth0", "tap0", null).withMtu(9000)))
        .hasMessageContaining("mtu on PUT /network-interfaces");
    assertThatThrownBy(() -> client.putBalloon(new Balloon(1, true, null, true, null)))
        .hasMessageContaining("free_page_hinting");
    assertThatThrownBy(() -> client.putSerial(new SerialDevice("/c", null)))
        .hasMessageContaining("/serial");
    assertThat(server.requests()).extracting(RecordedRequest::line).containsExactly("GET /version");
  }

  @Test
  void refusesImdsCompatBefore113() {
    server.reportingVersion("1.10.1");

    assertThatThrownBy(
            () -> client.putMmdsConfig(new MmdsConfig(List.of("eth0"), null, null, true)))
        .isInstanceOf(FirecrackerUnsupportedException.class)
        .hasMessageContaining("imds_compat");
  }

  @Test
  void needsMemoryAndDirtyTrackingInEveryPatchBefore111() throws FirecrackerException {
    server.reportingVersion("1.10.1");

    assertThatThrownBy(() -> client.patchMachineConfig(MachineConfiguration.empty().withSmt(true)))
        .isInstanceOf(FirecrackerUnsupportedException.class);
    client.patchMachineConfig(
        MachineConfiguration.empty().withMemSizeMib(256).withTrackDirtyPages(false));

    assertThat(server.lastRequest().body())
        .isEqualTo("{\"mem_size_mib\":256,\"track_dirty_pages\":false}");
  }

  @Test
  void sendsFieldFreeCallsWithoutAskingForTheVersion() throws FirecrackerException {
    client.putNetworkInterface(NetworkInterface.of("eth0", "tap0", null));

    assertThat(server.requests())
        .extracting(RecordedRequest::line)
        .containsExactly("PUT /network-interfaces/eth0");
  }

  @Test
  void refusesAPutMachineConfigWithoutItsRequiredFields() {
    assertThatThrownBy(() -> client.putMachineConfig(MachineConfiguration.empty().withSmt(true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requires vcpu_count and mem_size_mib");
  }

  @Test
  void refusesASnapshotLoadWithBothOrNeitherMemorySource() {
    assertThatThrownBy(
            () -> new SnapshotLoadParams("/s", MEMORY, "/m", null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one of mem_backend and mem_file_path");
    assertThatThrownBy(
            () -> new SnapshotLoadParams("/s", null, null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
