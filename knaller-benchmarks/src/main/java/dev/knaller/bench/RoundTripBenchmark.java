package dev.knaller.bench;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerVersion;
import dev.knaller.firecracker.model.MachineConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One API round trip on a kept-alive connection: {@code GET /version} (200 with a JSON body) and
 * {@code PUT /machine-config} (204), each against three servers: the in-process emulator, the
 * replaying fake (the client's own cost) and the raw floor with the same bytes on the wire, read
 * blocking and read as the client's transport reads (non-blocking, a selector wait per read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RoundTripBenchmark {
  private static final MachineConfiguration MACHINE = MachineConfiguration.of(2, 1024);

  private Path directory;
  private EmulatorFixture emulator;
  private ReplayingFirecracker replay;
  private UnixServer versionFloor;
  private UnixServer putFloor;
  private FirecrackerClient emulatorClient;
  private FirecrackerClient replayClient;
  private RawFloorClient versionRaw;
  private RawFloorClient putRaw;
  private SelectorFloorClient versionSelector;
  private SelectorFloorClient putSelector;
  private WireExchange versionExchange;
  private WireExchange putExchange;

  @Setup
  public void setUp() throws Exception {
    directory = Files.createTempDirectory("knb");
    emulator = EmulatorFixture.start(directory.resolve("emulator.socket"));
    replay = new ReplayingFirecracker(directory.resolve("replay.socket"), emulator.socket());
    emulatorClient = FirecrackerClient.open(emulator.socket());
    replayClient = FirecrackerClient.open(replay.socket());
    replayClient.version();
    replayClient.putMachineConfig(MACHINE);
    List<WireExchange> recorded = replay.takeRecorded();
    versionExchange = recorded.get(0);
    putExchange = recorded.get(1);
    versionFloor =
        RawFloorServer.start(directory.resolve("raw-get.socket"), recorded.subList(0, 1));
    putFloor = RawFloorServer.start(directory.resolve("raw-put.socket"), recorded.subList(1, 2));
    versionRaw = new RawFloorClient(versionFloor.socket());
    putRaw = new RawFloorClient(putFloor.socket());
    versionSelector = new SelectorFloorClient(versionFloor.socket());
    putSelector = new SelectorFloorClient(putFloor.socket());
    System.out.println("wire sizes: GET /version " + versionExchange + ", PUT " + putExchange);
  }

  @TearDown
  public void tearDown() throws IOException {
    emulatorClient.close();
    replayClient.close();
    versionRaw.close();
    putRaw.close();
    versionSelector.close();
    putSelector.close();
    versionFloor.close();
    putFloor.close();
    replay.close();
    emulator.close();
    Files.delete(directory);
  }

  @Benchmark
  public FirecrackerVersion getVersionEmulator() throws Exception {
    return emulatorClient.version();
  }

  @Benchmark
  public FirecrackerVersion getVersionReplay() throws Exception {
    return replayClient.version();
  }

  @Benchmark
  public byte getVersionRaw() throws IOException {
    return versionRaw.exchange(versionExchange);
  }

  @Benchmark
  public byte getVersionRawSelector() throws IOException {
    return versionSelector.exchange(versionExchange);
  }

  @Benchmark
  public void putMachineConfigEmulator() throws Exception {
    emulatorClient.putMachineConfig(MACHINE);
  }

  @Benchmark
  public void putMachineConfigReplay() throws Exception {
    replayClient.putMachineConfig(MACHINE);
  }

  @Benchmark
  public byte putMachineConfigRaw() throws IOException {
    return putRaw.exchange(putExchange);
  }

  @Benchmark
  public byte putMachineConfigRawSelector() throws IOException {
    return putSelector.exchange(putExchange);
  }
}
