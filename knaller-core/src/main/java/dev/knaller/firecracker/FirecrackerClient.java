package dev.knaller.firecracker;

import dev.knaller.firecracker.http.HttpResponse;
import dev.knaller.firecracker.http.UnixHttpClient;
import dev.knaller.firecracker.model.ActionType;
import dev.knaller.firecracker.model.Balloon;
import dev.knaller.firecracker.model.BalloonHintingStatus;
import dev.knaller.firecracker.model.BalloonStartCmd;
import dev.knaller.firecracker.model.BalloonStats;
import dev.knaller.firecracker.model.BalloonStatsUpdate;
import dev.knaller.firecracker.model.BalloonUpdate;
import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.CpuConfig;
import dev.knaller.firecracker.model.Drive;
import dev.knaller.firecracker.model.EntropyDevice;
import dev.knaller.firecracker.model.FirecrackerVersionInfo;
import dev.knaller.firecracker.model.FullVmConfiguration;
import dev.knaller.firecracker.model.InstanceActionInfo;
import dev.knaller.firecracker.model.InstanceInfo;
import dev.knaller.firecracker.model.Logger;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.firecracker.model.MemoryHotplugConfig;
import dev.knaller.firecracker.model.MemoryHotplugSizeUpdate;
import dev.knaller.firecracker.model.MemoryHotplugStatus;
import dev.knaller.firecracker.model.Metrics;
import dev.knaller.firecracker.model.MmdsConfig;
import dev.knaller.firecracker.model.NetworkInterface;
import dev.knaller.firecracker.model.PartialDrive;
import dev.knaller.firecracker.model.PartialNetworkInterface;
import dev.knaller.firecracker.model.PartialPmem;
import dev.knaller.firecracker.model.Pmem;
import dev.knaller.firecracker.model.SerialDevice;
import dev.knaller.firecracker.model.SnapshotCreateParams;
import dev.knaller.firecracker.model.SnapshotLoadParams;
import dev.knaller.firecracker.model.Vm;
import dev.knaller.firecracker.model.VmState;
import dev.knaller.firecracker.model.Vsock;
import dev.knaller.json.JsonBinder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Firecracker HTTP API, one method per endpoint, over the API Unix socket.
 *
 * <p>A microVM moves through three states, and each method's Javadoc says where it is legal:
 *
 * <ol>
 *   <li><b>pre-boot</b>: configure machine, boot source, drives, network, vsock, ...; then either
 *       {@link #startInstance()} or {@link #loadSnapshot} (only if no boot-path resource was set);
 *   <li><b>running</b>: {@link #pauseVm()}, the PATCH updates, balloon, MMDS, {@link
 *       #sendCtrlAltDel()};
 *   <li><b>paused</b>: everything legal when running, plus {@link #createSnapshot}; {@link
 *       #resumeVm()} goes back.
 * </ol>
 *
 * <p>"After boot" covers running and paused alike. A method whose Javadoc names no release works on
 * every supported one (1.7.0 to 1.16.1).
 *
 * <p>Calls are serialised over one kept-alive connection (Firecracker handles one request at a time
 * anyway). The version is given to the builder or learnt with one {@code GET /version} the first
 * time a version-dependent call needs it; calls the server's version lacks fail with {@link
 * FirecrackerUnsupportedException} before anything is sent.
 */
public final class FirecrackerClient implements AutoCloseable {
  /** Default bound on connecting; a Unix socket connect either succeeds at once or fails. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);

  /**
   * Default bound on one request and its response; InstanceStart and snapshots are the slow ones.
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

  private final UnixHttpClient http;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile FirecrackerVersion version;
  private boolean closed;

  FirecrackerClient(FirecrackerClientBuilder builder) {
    this.http = new UnixHttpClient(builder.socket, builder.connectTimeout, builder.readTimeout);
    this.version = builder.version;
  }

  /** Returns a client for {@code socket} with default timeouts; it connects on first use. */
  public static FirecrackerClient open(Path socket) {
    return builder(socket).build();
  }

  /** Returns a builder for a client of {@code socket}. */
  public static FirecrackerClientBuilder builder(Path socket) {
    return new FirecrackerClientBuilder(socket);
  }

  /** The API socket. */
  public Path socket() {
    return http.socket();
  }

  /**
   * Connects now, if not connected. Use it to wait for a starting Firecracker: retry while it
   * throws {@link FirecrackerNotListeningException}.
   */
  public void connect() throws FirecrackerException {
    lock.lock();
    try {
      checkOpen();
      http.connect();
    } catch (IOException ex) {
      throw Failures.of(ex, "connect", socket());
    } finally {
      lock.unlock();
    }
  }

  /** The server's version if already known (given, or learnt by an earlier call). */
  public Optional<FirecrackerVersion> knownVersion() {
    return Optional.ofNullable(version);
  }

  /** Returns instance id, state and VMM version ({@code GET /}). Legal in every state. */
  @Endpoint(method = "GET", path = "/")
  public InstanceInfo describeInstance() throws FirecrackerException {
    return get("/", InstanceInfo.class);
  }

  /** Returns the server's version ({@code GET /version}) and remembers it. Legal in every state. */
  @Endpoint(method = "GET", path = "/version")
  public FirecrackerVersion version() throws FirecrackerException {
    String reported = get("/version", FirecrackerVersionInfo.class).firecrackerVersion();
    try {
      version = FirecrackerVersion.parse(reported);
    } catch (IllegalArgumentException ex) {
      throw new FirecrackerProtocolException("GET /version: " + ex.getMessage(), ex);
    }
    return version;
  }

  /** Returns everything configured so far ({@code GET /vm/config}). Legal in every state. */
  @Endpoint(method = "GET", path = "/vm/config")
  public FullVmConfiguration vmConfig() throws FirecrackerException {
    return get("/vm/config", FullVmConfiguration.class);
  }

  /** Returns the machine configuration ({@code GET /machine-config}). Legal in every state. */
  @Endpoint(method = "GET", path = "/machine-config")
  public MachineConfiguration machineConfig() throws FirecrackerException {
    return get("/machine-config", MachineConfiguration.class);
  }

  /**
   * Replaces the machine configuration ({@code PUT /machine-config}); omitted optional fields go
   * back to their defaults. Pre-boot only.
   */
  @Endpoint(method = "PUT", path = "/machine-config")
  public void putMachineConfig(MachineConfiguration config) throws FirecrackerException {
    if (config.vcpuCount() == null || config.memSizeMib() == null) {
      throw new IllegalArgumentException(
          "PUT /machine-config requires vcpu_count and mem_size_mib; use patchMachineConfig for"
              + " a partial update");
    }
    send("PUT", "/machine-config", config);
  }

  /**
   * Changes the fields set in {@code config} ({@code PATCH /machine-config}). Pre-boot only. Before
   * 1.11 the server needs {@code mem_size_mib} and {@code track_dirty_pages} in every PATCH.
   */
  @Endpoint(method = "PATCH", path = "/machine-config")
  public void patchMachineConfig(MachineConfiguration config) throws FirecrackerException {
    if (config.memSizeMib() == null || config.trackDirtyPages() == null) {
      require(FirecrackerFeature.PARTIAL_MACHINE_CONFIG_PATCH);
    }
    send("PATCH", "/machine-config", config);
  }

  /** Sets kernel, initrd and command line ({@code PUT /boot-source}); files open now. Pre-boot. */
  @Endpoint(method = "PUT", path = "/boot-source")
  public void putBootSource(BootSource bootSource) throws FirecrackerException {
    send("PUT", "/boot-source", bootSource);
  }

  /** Sets a custom CPU template ({@code PUT /cpu-config}). Pre-boot only. */
  @Endpoint(method = "PUT", path = "/cpu-config")
  public void putCpuConfig(CpuConfig cpuConfig) throws FirecrackerException {
    send("PUT", "/cpu-config", cpuConfig);
  }

  /**
   * Adds or replaces the drive {@code drive.driveId()} ({@code PUT /drives/{id}}); the backing file
   * opens now. Pre-boot; after boot only as PCI hot-plug on 1.16+.
   */
  @Endpoint(method = "PUT", path = "/drives/{drive_id}")
  public void putDrive(Drive drive) throws FirecrackerException {
    send("PUT", "/drives/" + PathIds.check("drive_id", drive.driveId()), drive);
  }

  /** Swaps a drive's backing file or rate limiter ({@code PATCH /drives/{id}}). After boot only. */
  @Endpoint(method = "PATCH", path = "/drives/{drive_id}")
  public void patchDrive(PartialDrive drive) throws FirecrackerException {
    send("PATCH", "/drives/" + PathIds.check("drive_id", drive.driveId()), drive);
  }

  /** Hot-unplugs a drive ({@code DELETE /drives/{id}}). After boot, 1.16+ with PCI only. */
  @Endpoint(method = "DELETE", path = "/drives/{drive_id}", inSwagger = false)
  public void deleteDrive(String driveId) throws FirecrackerException {
    delete("/drives/" + PathIds.check("drive_id", driveId));
  }

  /**
   * Adds a network interface on a TAP ({@code PUT /network-interfaces/{id}}); the TAP opens now.
   * Pre-boot; after boot only as PCI hot-plug on 1.16+. {@code mtu} needs 1.16+.
   */
  @Endpoint(method = "PUT", path = "/network-interfaces/{iface_id}")
  public void putNetworkInterface(NetworkInterface iface) throws FirecrackerException {
    if (iface.mtu() != null) {
      require(FirecrackerFeature.NETWORK_MTU);
    }
    send("PUT", "/network-interfaces/" + PathIds.check("iface_id", iface.ifaceId()), iface);
  }

  /** Changes an interface's rate limiters ({@code PATCH /network-interfaces/{id}}). After boot. */
  @Endpoint(method = "PATCH", path = "/network-interfaces/{iface_id}")
  public void patchNetworkInterface(PartialNetworkInterface iface) throws FirecrackerException {
    send("PATCH", "/network-interfaces/" + PathIds.check("iface_id", iface.ifaceId()), iface);
  }

  /** Hot-unplugs an interface ({@code DELETE /network-interfaces/{id}}). After boot, 1.16+. */
  @Endpoint(method = "DELETE", path = "/network-interfaces/{iface_id}", inSwagger = false)
  public void deleteNetworkInterface(String ifaceId) throws FirecrackerException {
    delete("/network-interfaces/" + PathIds.check("iface_id", ifaceId));
  }

  /** Adds a virtio-pmem device ({@code PUT /pmem/{id}}). Pre-boot, 1.14+; hot-plug on 1.16+. */
  @Endpoint(method = "PUT", path = "/pmem/{id}")
  public void putPmem(Pmem pmem) throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    send("PUT", "/pmem/" + PathIds.check("pmem id", pmem.id()), pmem);
  }

  /** Changes a pmem device's rate limiter ({@code PATCH /pmem/{id}}). After boot, 1.16+. */
  @Endpoint(method = "PATCH", path = "/pmem/{id}")
  public void patchPmem(PartialPmem pmem) throws FirecrackerException {
    require(FirecrackerFeature.HOTPLUG);
    send("PATCH", "/pmem/" + PathIds.check("pmem id", pmem.id()), pmem);
  }

  /** Hot-unplugs a pmem device ({@code DELETE /pmem/{id}}). After boot, 1.16+. */
  @Endpoint(method = "DELETE", path = "/pmem/{id}", inSwagger = false)
  public void deletePmem(String pmemId) throws FirecrackerException {
    delete("/pmem/" + PathIds.check("pmem id", pmemId));
  }

  /** Adds or replaces the vsock device ({@code PUT /vsock}); binds {@code uds_path}. Pre-boot. */
  @Endpoint(method = "PUT", path = "/vsock")
  public void putVsock(Vsock vsock) throws FirecrackerException {
    send("PUT", "/vsock", vsock);
  }

  /** Adds an entropy device ({@code PUT /entropy}). Pre-boot only. */
  @Endpoint(method = "PUT", path = "/entropy")
  public void putEntropy(EntropyDevice entropy) throws FirecrackerException {
    send("PUT", "/entropy", entropy);
  }

  /** Directs serial output ({@code PUT /serial}). Pre-boot, 1.14+; rate limiter 1.16+. */
  @Endpoint(method = "PUT", path = "/serial")
  public void putSerial(SerialDevice serial) throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    if (serial.rateLimiter() != null) {
      require(FirecrackerFeature.SERIAL_RATE_LIMITER);
    }
    send("PUT", "/serial", serial);
  }

  /** Sets up Firecracker's log ({@code PUT /logger}). Pre-boot only. */
  @Endpoint(method = "PUT", path = "/logger")
  public void putLogger(Logger logger) throws FirecrackerException {
    send("PUT", "/logger", logger);
  }

  /** Sets up the metrics sink ({@code PUT /metrics}). Pre-boot, once per process. */
  @Endpoint(method = "PUT", path = "/metrics")
  public void putMetrics(Metrics metrics) throws FirecrackerException {
    send("PUT", "/metrics", metrics);
  }

  /** Adds a balloon device ({@code PUT /balloon}). Pre-boot; free page fields need 1.14+. */
  @Endpoint(method = "PUT", path = "/balloon")
  public void putBalloon(Balloon balloon) throws FirecrackerException {
    if (balloon.freePageHinting() != null || balloon.freePageReporting() != null) {
      require(FirecrackerFeature.BALLOON_FREE_PAGE_HINTING);
    }
    send("PUT", "/balloon", balloon);
  }

  /**
   * Returns the balloon configuration ({@code GET /balloon}); a 400 if there is none. Any state.
   */
  @Endpoint(method = "GET", path = "/balloon")
  public Balloon describeBalloon() throws FirecrackerException {
    return get("/balloon", Balloon.class);
  }

  /** Sets a new balloon target ({@code PATCH /balloon}). After boot only. */
  @Endpoint(method = "PATCH", path = "/balloon")
  public void patchBalloon(BalloonUpdate update) throws FirecrackerException {
    send("PATCH", "/balloon", update);
  }

  /** Returns balloon statistics ({@code GET /balloon/statistics}). After boot, if enabled. */
  @Endpoint(method = "GET", path = "/balloon/statistics")
  public BalloonStats balloonStatistics() throws FirecrackerException {
    return get("/balloon/statistics", BalloonStats.class);
  }

  /** Changes the statistics interval ({@code PATCH /balloon/statistics}). After boot only. */
  @Endpoint(method = "PATCH", path = "/balloon/statistics")
  public void patchBalloonStatistics(BalloonStatsUpdate update) throws FirecrackerException {
    send("PATCH", "/balloon/statistics", update);
  }

  /**
   * Starts free page hinting ({@code PATCH /balloon/hinting/start}); {@code command} may be null
   * for no body. After boot, 1.14+.
   */
  @Endpoint(method = "PATCH", path = "/balloon/hinting/start")
  public void startBalloonHinting(BalloonStartCmd command) throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    send("PATCH", "/balloon/hinting/start", command);
  }

  /** Returns the hinting status ({@code GET /balloon/hinting/status}). After boot, 1.14+. */
  @Endpoint(method = "GET", path = "/balloon/hinting/status")
  public BalloonHintingStatus balloonHintingStatus() throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    return get("/balloon/hinting/status", BalloonHintingStatus.class);
  }

  /** Stops free page hinting ({@code PATCH /balloon/hinting/stop}, no body). After boot, 1.14+. */
  @Endpoint(method = "PATCH", path = "/balloon/hinting/stop")
  public void stopBalloonHinting() throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    send("PATCH", "/balloon/hinting/stop", null);
  }

  /** Sets up hot-pluggable memory ({@code PUT /hotplug/memory}). Pre-boot, 1.14+. */
  @Endpoint(method = "PUT", path = "/hotplug/memory")
  public void putMemoryHotplug(MemoryHotplugConfig config) throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    send("PUT", "/hotplug/memory", config);
  }

  /** Resizes hot-pluggable memory ({@code PATCH /hotplug/memory}). After boot, 1.14+. */
  @Endpoint(method = "PATCH", path = "/hotplug/memory")
  public void patchMemoryHotplug(MemoryHotplugSizeUpdate update) throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    send("PATCH", "/hotplug/memory", update);
  }

  /** Returns the hot-pluggable memory status ({@code GET /hotplug/memory}). After boot, 1.14+. */
  @Endpoint(method = "GET", path = "/hotplug/memory")
  public MemoryHotplugStatus memoryHotplugStatus() throws FirecrackerException {
    require(FirecrackerFeature.SERIAL_PMEM_HOTPLUG_HINTING);
    return get("/hotplug/memory", MemoryHotplugStatus.class);
  }

  /** Replaces the MMDS data store ({@code PUT /mmds}). Any state. */
  @Endpoint(method = "PUT", path = "/mmds")
  public void putMmds(Map<String, ?> contents) throws FirecrackerException {
    send("PUT", "/mmds", contents);
  }

  /** Merges a JSON merge patch into the MMDS store ({@code PATCH /mmds}). Any state. */
  @Endpoint(method = "PATCH", path = "/mmds")
  public void patchMmds(Map<String, ?> patch) throws FirecrackerException {
    send("PATCH", "/mmds", patch);
  }

  /** Returns the MMDS data store as a JSON tree ({@code GET /mmds}). Any state. */
  @Endpoint(method = "GET", path = "/mmds")
  public Map<String, Object> mmds() throws FirecrackerException {
    return ResponseBodies.object("GET /mmds", send("GET", "/mmds", null));
  }

  /** Configures MMDS ({@code PUT /mmds/config}). Pre-boot; {@code imds_compat} needs 1.13+. */
  @Endpoint(method = "PUT", path = "/mmds/config")
  public void putMmdsConfig(MmdsConfig config) throws FirecrackerException {
    if (config.imdsCompat() != null) {
      require(FirecrackerFeature.MMDS_IMDS_COMPAT);
    }
    send("PUT", "/mmds/config", config);
  }

  /**
   * Boots the guest ({@code PUT /actions InstanceStart}); returns once vCPUs run, before the guest
   * has booted. Pre-boot only.
   */
  @Endpoint(method = "PUT", path = "/actions")
  public void startInstance() throws FirecrackerException {
    send("PUT", "/actions", new InstanceActionInfo(ActionType.INSTANCE_START));
  }

  /**
   * Presses Ctrl+Alt+Del in the guest's i8042 ({@code PUT /actions SendCtrlAltDel}); with {@code
   * reboot=k} the guest reboots and Firecracker exits 0. After boot, x86_64 only.
   */
  @Endpoint(method = "PUT", path = "/actions")
  public void sendCtrlAltDel() throws FirecrackerException {
    send("PUT", "/actions", new InstanceActionInfo(ActionType.SEND_CTRL_ALT_DEL));
  }

  /** Flushes metrics to the sink ({@code PUT /actions FlushMetrics}). After boot only. */
  @Endpoint(method = "PUT", path = "/actions")
  public void flushMetrics() throws FirecrackerException {
    send("PUT", "/actions", new InstanceActionInfo(ActionType.FLUSH_METRICS));
  }

  /** Pauses the vCPUs ({@code PATCH /vm Paused}); idempotent. After boot only. */
  @Endpoint(method = "PATCH", path = "/vm")
  public void pauseVm() throws FirecrackerException {
    send("PATCH", "/vm", new Vm(VmState.PAUSED));
  }

  /** Resumes the vCPUs ({@code PATCH /vm Resumed}); idempotent. After boot only. */
  @Endpoint(method = "PATCH", path = "/vm")
  public void resumeVm() throws FirecrackerException {
    send("PATCH", "/vm", new Vm(VmState.RESUMED));
  }

  /** Writes a snapshot ({@code PUT /snapshot/create}). Paused only. */
  @Endpoint(method = "PUT", path = "/snapshot/create")
  public void createSnapshot(SnapshotCreateParams params) throws FirecrackerException {
    send("PUT", "/snapshot/create", params);
  }

  /**
   * Restores a snapshot ({@code PUT /snapshot/load}). Pre-boot, before any boot-path resource; a
   * failed restore ends the Firecracker process after the 400. Dirty page tracking is sent as
   * {@code enable_diff_snapshots} before 1.13; newer fields are refused on servers without them.
   */
  @Endpoint(method = "PUT", path = "/snapshot/load")
  public void loadSnapshot(SnapshotLoadParams params) throws FirecrackerException {
    send("PUT", "/snapshot/load", SnapshotLoadAdapter.adapt(params, this::require));
  }

  /** Closes the connection; later calls throw {@link IllegalStateException}. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      http.close();
    } finally {
      lock.unlock();
    }
  }

  private void delete(String path) throws FirecrackerException {
    // Before 1.16 micro_http does not know DELETE and answers a transport-level 400.
    require(FirecrackerFeature.HOTPLUG);
    send("DELETE", path, null);
  }

  private <T> T get(String path, Class<T> type) throws FirecrackerException {
    return ResponseBodies.bind("GET " + path, send("GET", path, null), type);
  }

  /** Fails unless the server has {@code feature}, learning its version first if need be. */
  private boolean require(FirecrackerFeature feature) throws FirecrackerException {
    FirecrackerVersion known = version != null ? version : version();
    if (!known.supports(feature)) {
      throw new FirecrackerUnsupportedException(feature, known);
    }
    return true;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the Firecracker client for " + socket() + " is closed");
    }
  }

  /** Sends one request and returns the body of a 2xx answer; {@code body} null means none. */
  private String send(String method, String path, Object body) throws FirecrackerException {
    String json = body == null ? null : JsonBinder.toJson(body);
    lock.lock();
    try {
      checkOpen();
      HttpResponse response = http.send(method, path, json);
      if (!response.isSuccess()) {
        throw Failures.of(method, path, response);
      }
      return response.body();
    } catch (IOException ex) {
      throw Failures.of(ex, method + " " + path, socket());
    } finally {
      lock.unlock();
    }
  }
}
