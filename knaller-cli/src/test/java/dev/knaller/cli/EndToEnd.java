package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an end-to-end test needs: the real pasta, nft and ip, a non-root user, the emulator as
 * {@code firecracker}, the root {@code knaller} launcher, and a private data directory. Tests skip,
 * with the reason, when a prerequisite is missing; as the CI user they run for real.
 */
final class EndToEnd {
  static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

  final Path root;
  final Path dataHome;
  final Path kernel;
  final Path rootfs;
  final Path emulator;
  private final Map<String, String> environment = new HashMap<>();
  private final List<CliProcess> launched = new ArrayList<>();
  private final List<Path> dataHomes = new ArrayList<>();

  private EndToEnd(Path root, Path directory) throws IOException {
    this.root = root;
    this.dataHome = Files.createDirectories(directory.resolve("data"));
    this.kernel = Files.writeString(directory.resolve("vmlinux"), "test kernel, never booted");
    this.rootfs = Files.writeString(directory.resolve("rootfs.ext4"), "test rootfs, never mounted");
    this.emulator = root.resolve("knaller-emulator/bin/firecracker-emulator");
    environment.put("XDG_DATA_HOME", dataHome.toString());
    dataHomes.add(dataHome);
  }

  /** Checks every prerequisite (skipping the test when one is missing) and sets up. */
  static EndToEnd prepare(Path directory) throws IOException, InterruptedException {
    assumeTrue(!isRoot(), "runs only as a regular user: pasta refuses to run as root");
    for (String tool : List.of("pasta", "nft", "ip", "ss")) {
      assumeTrue(onPath(tool), tool + " is not installed");
    }
    assumeTrue(
        Files.isReadable(Path.of("/dev/net/tun")) && Files.isWritable(Path.of("/dev/net/tun")),
        "/dev/net/tun is missing or not read-writable");
    Path root = Path.of("").toAbsolutePath().getParent();
    EndToEnd e2e = new EndToEnd(root, directory);
    assumeTrue(Files.isExecutable(e2e.emulator), "no emulator launcher at " + e2e.emulator);
    assumeTrue(
        hasJar(root.resolve("knaller-emulator/target"), "knaller-emulator-"),
        "the emulator is not built (run ./mvnw package)");
    assumeTrue(
        hasJar(root.resolve("knaller-cli/target"), "knaller-cli-"),
        "the CLI is not packaged (run ./mvnw verify)");
    return e2e;
  }

  /** Adds an environment variable for every later CLI process (and, through it, the emulator). */
  EndToEnd with(String name, String value) {
    environment.put(name, value);
    if (name.equals("XDG_DATA_HOME")) {
      dataHomes.add(Path.of(value));
    }
    return this;
  }

  Path dataDirectory() {
    return dataHome.resolve("knaller");
  }

  Path socket(String name) {
    return dataDirectory().resolve("sockets").resolve(name + ".socket");
  }

  Path vmDirectory(String name) {
    return dataDirectory().resolve("vms").resolve(name);
  }

  List<String> startArgs(String name, String... extra) {
    List<String> args = new ArrayList<>(List.of("start", "--name", name));
    args.addAll(List.of("--kernel", kernel.toString(), "--rootfs", rootfs.toString()));
    args.addAll(List.of("--mem", "256"));
    args.addAll(List.of(extra));
    if (!args.contains("--firecracker")) {
      args.addAll(List.of("--firecracker", emulator.toString()));
    }
    return args;
  }

  /** Start arguments without --kernel and --rootfs: the CLI then takes (or builds) its image. */
  List<String> startArgsWithoutImage(String name) {
    return List.of("start", "--name", name, "--mem", "256", "--firecracker", emulator.toString());
  }

  CliProcess launch(List<String> args) throws IOException {
    List<String> argv = new ArrayList<>(List.of(root.resolve("knaller").toString()));
    argv.addAll(args);
    CliProcess process = CliProcess.start(argv, environment);
    launched.add(process);
    return process;
  }

  /**
   * After a failed test: kills every CLI this test launched and every process naming one of its
   * data directories (pasta, Firecracker), so no failure leaks processes into later tests.
   */
  void killLeftovers() throws IOException, InterruptedException {
    for (CliProcess process : launched) {
      process.kill();
    }
    for (Path home : dataHomes) {
      for (long pid : pidsMentioning(home.toString())) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** Runs a CLI command to its end. */
  CliProcess run(String... args) throws IOException, InterruptedException {
    CliProcess process = launch(List.of(args));
    process.awaitExit(COMMAND_TIMEOUT);
    return process;
  }

  /** Starts {@code name} in the foreground and waits until it reports running. */
  CliProcess startRunning(String name, String... extra) throws IOException, InterruptedException {
    CliProcess start = launch(startArgs(name, extra));
    assertThat(start.awaitStdoutLine("vm " + name + " is running", START_TIMEOUT))
        .as("start output; stderr: %s", start.stderr())
        .isPresent();
    return start;
  }

  /** Asserts that nothing of {@code name} is left: process, socket, VM directory. */
  void assertNothingLeft(String name) throws IOException {
    assertThat(socket(name)).doesNotExist();
    assertThat(vmDirectory(name)).doesNotExist();
    assertThat(processesMentioning(dataDirectory().toString())).isEmpty();
  }

  /**
   * Returns the command lines of live processes whose argv mentions {@code text}; every pasta (and
   * so every namespace) and Firecracker of this test names its data directory.
   */
  private static List<Long> pidsMentioning(String text) throws IOException {
    return processesMentioning(text).stream()
        .map(line -> Long.parseLong(line.substring(0, line.indexOf(':'))))
        .toList();
  }

  static List<String> processesMentioning(String text) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        String cmdline = cmdline(entry);
        if (cmdline.contains(text)) {
          found.add(entry.getFileName() + ": " + cmdline);
        }
      }
    }
    return found;
  }

  /** True when a live process has {@code flag} followed by exactly {@code value} in its argv. */
  static boolean someProcessHas(String flag, String value) throws IOException {
    return rawArgvs().stream().anyMatch(argv -> hasPair(argv, flag, value));
  }

  private static List<List<String>> rawArgvs() throws IOException {
    List<List<String>> argvs = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String raw =
              new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8);
          argvs.add(List.of(raw.split("\0", -1)));
        } catch (IOException e) {
          // Exited during the scan.
        }
      }
    }
    return argvs;
  }

  private static boolean hasPair(List<String> argv, String flag, String value) {
    for (int i = 0; i + 1 < argv.size(); i++) {
      if (argv.get(i).equals(flag) && argv.get(i + 1).equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String cmdline(Path process) {
    try {
      return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
          .replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }

  static boolean isRoot() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("Uid:"))
        .anyMatch(line -> line.split("\\s+", -1)[1].equals("0"));
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH") + ":/usr/sbin:/sbin";
    return Stream.of(path.split(":", -1))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
  }

  private static boolean hasJar(Path directory, String prefix) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(
          f ->
              f.getFileName().toString().startsWith(prefix)
                  && f.getFileName().toString().endsWith(".jar"));
    }
  }
}
