package dev.knaller.bench;

import dev.knaller.Knaller;
import dev.knaller.Vm;
import dev.knaller.VmConfig;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times {@code run()} to InstanceStart answered through real pasta with the emulator (no latency)
 * as Firecracker, split into the start steps ({@link StepClock}), and, in the same rounds, the
 * parts without pasta: the emulator process from spawn to its API answering, and the configure and
 * boot calls against it. Needs a non-root user with pasta, nft and ip.
 *
 * <p>Usage: {@code BootTimer ROUNDS EMULATOR_SCRIPT}
 */
public final class BootTimer {
  private static final String TOTAL = "run() total, with pasta";
  private static final String STEP = "  step: ";
  private static final String ALONE = "emulator alone: spawn to API answering";
  private final Path scratch;
  private final Path emulator;
  private final VmFiles files;
  private final Map<String, List<Double>> millis = new LinkedHashMap<>();

  private BootTimer(Path scratch, Path emulator) throws Exception {
    this.scratch = scratch;
    this.emulator = emulator;
    this.files = EmulatorFixture.createVmFiles(scratch);
    Files.write(files.rootfs(), new byte[1 << 20]);
  }

  public static void main(String[] args) throws Exception {
    Path scratch = Files.createTempDirectory("knb");
    try {
      BootTimer timer = new BootTimer(scratch, Path.of(args[1]).toAbsolutePath());
      for (int round = 0; round < Integer.parseInt(args[0]); round++) {
        timer.timeRun();
        timer.timeDirect();
        timer.derive();
      }
      new BootReport(timer.millis).print(System.out);
    } finally {
      VmFilesCleanup.deleteTree(scratch);
    }
  }

  private void timeRun() throws Exception {
    StepClock.take();
    VmConfig config =
        VmConfig.builder()
            .name("bench")
            .kernel(files.kernel())
            .rootfs(files.rootfs())
            .firecrackerBinary(emulator)
            .consoleOutput(OutputStream.nullOutputStream())
            .processOutput(OutputStream.nullOutputStream())
            .build();
    long start = System.nanoTime();
    Vm vm = Knaller.at(scratch.resolve("data")).run(config);
    long booted = System.nanoTime();
    record(TOTAL, start, booted);
    recordSteps(StepClock.take(), booted);
    vm.close();
    record("stop (not part of the start)", booted, System.nanoTime());
  }

  private void recordSteps(List<StepMark> marks, long end) {
    for (int i = 0; i < marks.size(); i++) {
      long next = i + 1 < marks.size() ? marks.get(i + 1).nanos() : end;
      record(STEP + marks.get(i).step(), marks.get(i).nanos(), next);
    }
  }

  private void timeDirect() throws Exception {
    add("pasta alone: namespace up, /bin/true, exit", timePasta());
    DirectEmulator.Timing timing = DirectEmulator.time(emulator, scratch, files);
    add(ALONE, timing.readyMillis());
    add("configure + boot calls, no pasta", timing.callsMillis());
  }

  // The emulator is a JVM: its --version probe and its start inside pasta cost what a real
  // Firecracker (a static binary) does not, so they are split off. Same-round differences.
  private void derive() {
    double probe = last(STEP + "check the Firecracker version");
    double wait = last(STEP + "wait for the API socket");
    add("derived: run() minus version probe and API wait", last(TOTAL) - probe - wait);
    add("derived: the rest of the API wait (pasta, namespace script, noise)", wait - last(ALONE));
  }

  private double last(String what) {
    List<Double> values = millis.get(what);
    return values.get(values.size() - 1);
  }

  // pasta as the start runs it, but with nothing forwarded and /bin/true as the payload.
  private static double timePasta() throws Exception {
    long start = System.nanoTime();
    int exit =
        new ProcessBuilder(
                "pasta",
                "--config-net",
                "--foreground",
                "--quiet",
                "-t",
                "none",
                "-u",
                "none",
                "-T",
                "none",
                "-U",
                "none",
                "--",
                "/bin/true")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor();
    if (exit != 0) {
      throw new IllegalStateException("pasta -- /bin/true exited " + exit);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private void record(String what, long fromNanos, long toNanos) {
    add(what, (toNanos - fromNanos) / 1e6);
  }

  private void add(String what, double value) {
    millis.computeIfAbsent(what, key -> new ArrayList<>()).add(value);
  }
}
