package dev.knaller.bench;

import dev.knaller.firecracker.FirecrackerClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The API calls of a VM start ({@link StartCalls}) on a new connection. Against the emulator each
 * invocation gets a fresh one (a booted VM cannot be configured again); starting and stopping it is
 * setup, outside the measured time. The replaying fake and the raw floor serve the same bytes.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class VmStartBenchmark {

  /** Files and the two doubles that do not change between starts. */
  @State(Scope.Benchmark)
  public static class Floors {
    Path directory;
    VmFiles files;
    List<WireExchange> script;
    ReplayingFirecracker replay;
    UnixServer raw;
    private EmulatorFixture recordingEmulator;

    @Setup
    public void setUp() throws Exception {
      directory = Files.createTempDirectory("knb");
      files = EmulatorFixture.createVmFiles(directory);
      recordingEmulator = EmulatorFixture.start(directory.resolve("recorded.socket"));
      replay =
          new ReplayingFirecracker(directory.resolve("replay.socket"), recordingEmulator.socket());
      try (FirecrackerClient client = FirecrackerClient.open(replay.socket())) {
        StartCalls.run(client, files);
      }
      script = replay.takeRecorded();
      raw = RawFloorServer.start(directory.resolve("raw.socket"), script);
      System.out.println("wire sizes of a start: " + script);
    }

    @TearDown
    public void tearDown() throws IOException {
      raw.close();
      replay.close();
      recordingEmulator.close();
      Files.delete(files.kernel());
      Files.delete(files.rootfs());
      Files.delete(directory);
    }
  }

  /** A new emulator for every invocation, on a socket of its own. */
  @State(Scope.Thread)
  public static class FreshEmulator {
    private int count;
    EmulatorFixture emulator;

    @Setup(Level.Invocation)
    public void start(Floors floors) throws Exception {
      emulator = EmulatorFixture.start(floors.directory.resolve("fresh-" + count++ + ".socket"));
    }

    @TearDown(Level.Invocation)
    public void stop() throws IOException {
      emulator.close();
    }
  }

  @Benchmark
  public Object startEmulator(FreshEmulator fresh, Floors floors) throws Exception {
    try (FirecrackerClient client = FirecrackerClient.open(fresh.emulator.socket())) {
      return StartCalls.run(client, floors.files);
    }
  }

  @Benchmark
  public Object startReplay(Floors floors) throws Exception {
    try (FirecrackerClient client = FirecrackerClient.open(floors.replay.socket())) {
      return StartCalls.run(client, floors.files);
    }
  }

  @Benchmark
  public int startRaw(Floors floors) throws IOException {
    int sum = 0;
    try (RawFloorClient client = new RawFloorClient(floors.raw.socket())) {
      for (WireExchange exchange : floors.script) {
        sum += client.exchange(exchange);
      }
    }
    return sum;
  }

  @Benchmark
  public int startRawSelector(Floors floors) throws IOException {
    int sum = 0;
    try (SelectorFloorClient client = new SelectorFloorClient(floors.raw.socket())) {
      for (WireExchange exchange : floors.script) {
        sum += client.exchange(exchange);
      }
    }
    return sum;
  }
}
