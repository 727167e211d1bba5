package dev.knaller.emulator;

import dev.knaller.emulator.api.Api;
import dev.knaller.emulator.api.SnapshotFile;
import dev.knaller.emulator.backend.BackendFactory;
import dev.knaller.emulator.backend.GuestBackend;
import dev.knaller.emulator.cli.ArgumentException;
import dev.knaller.emulator.cli.CommandLine;
import dev.knaller.emulator.cli.FlagParser;
import dev.knaller.emulator.cli.FlagSpec;
import dev.knaller.emulator.http.ApiServer;
import dev.knaller.emulator.http.HttpRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One emulated Firecracker process: knobs, flags, the API socket, the API, the exit. Exit codes are
 * Firecracker's: 0 ok, 1 generic error, 152 bad configuration, 153 argument parsing, 134 for its
 * {@code expect()} aborts.
 */
final class Emulator {
  private final PrintStream out;
  private final PrintStream err;
  private final ExitSignal exit = new ExitSignal();

  Emulator(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Ends a running emulator as a guest exit would (embedding and tests). */
  void requestExit(int code) {
    exit.request(code);
  }

  int run(List<String> args, Map<String, String> env) {
    try {
      return runChecked(args, env);
    } catch (StartupException e) {
      err.println(
          e.exitCode() == Abort.SIGABRT_STATUS ? e.getMessage() : "Error: " + e.getMessage());
      return e.exitCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private int runChecked(List<String> args, Map<String, String> env)
      throws StartupException, InterruptedException {
    Knobs knobs = knobs(env);
    CommandLine line = parse(args, knobs.profile());
    var early = informational(line, knobs.profile());
    if (early >= 0) {
      // --version and --help answer even with the crash knob, as a Firecracker that cannot open
      // /dev/kvm still prints its version: a start fails where the knob means, at launch.
      return early;
    }
    if (knobs.crashExit().isPresent()) {
      return crash(knobs);
    }
    return serve(line, knobs, env);
  }

  private static Knobs knobs(Map<String, String> env) throws StartupException {
    try {
      return Knobs.from(env);
    } catch (IllegalArgumentException e) {
      throw new StartupException(
          1, "knaller-emulator (a Firecracker test double): " + e.getMessage());
    }
  }

  /** The crash knob: exits before the socket is bound, like a Firecracker that dies at launch. */
  private int crash(Knobs knobs) {
    String text = knobs.crashStderr();
    err.print(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
    err.flush();
    return knobs.crashExit().getAsInt();
  }

  private static CommandLine parse(List<String> args, Profile profile) throws StartupException {
    try {
      return new FlagParser(FlagSpec.of(profile)).parse(args);
    } catch (ArgumentException e) {
      throw new StartupException(
          153,
          "Arguments parsing error: " + e.getMessage() + "\n\nFor more information try --help.");
    }
  }

  /** --help, --version, --snapshot-version, --describe-snapshot; -1 when none was given. */
  private int informational(CommandLine line, Profile profile) throws StartupException {
    if (line.has("help")) {
      out.print(HelpText.render(profile));
      return 0;
    }
    if (line.has("version")) {
      out.print("Firecracker v" + profile.version() + "\n\n");
      return 0;
    }
    if (line.has("snapshot-version")) {
      out.println(profile.snapshotVersion());
      return 0;
    }
    if (line.value("describe-snapshot").isPresent()) {
      out.println(describe(line.value("describe-snapshot").get()));
      return 0;
    }
    return -1;
  }

  private static String describe(String file) throws StartupException {
    try {
      return SnapshotFile.version(Path.of(file))
          .orElseThrow(() -> new StartupException(1, "Invalid snapshot file: " + file));
    } catch (IOException e) {
      throw new StartupException(1, "Unable to open snapshot file " + file + ": " + e.getMessage());
    }
  }

  private int serve(CommandLine line, Knobs knobs, Map<String, String> env)
      throws StartupException, InterruptedException {
    ProcessOptions.checkId(line.id());
    ProcessOptions.checkLevel(line);
    ProcessOptions.checkNumbers(line);
    long payloadLimit =
        ProcessOptions.number(
            line, "http-api-max-payload-size", ProcessOptions.DEFAULT_PAYLOAD_LIMIT);
    long mmdsLimit = ProcessOptions.number(line, "mmds-size-limit", payloadLimit);
    var log = new FirecrackerLog(line.id(), logTarget(line, knobs.profile()));
    log.info("main", "Running Firecracker v" + knobs.profile().version());
    Api api =
        new Api(
            knobs,
            backend(knobs, env),
            line.id(),
            line.has("enable-pci"),
            mmdsLimit,
            exit::request);
    prepare(line, api);
    int code =
        line.has("no-api")
            ? runWithoutApi(line, api)
            : runWithApi(line, api, payloadLimit, knobs, log);
    api.shutDown();
    log.info(
        "main",
        code == 0
            ? "Firecracker exiting successfully. exit_code=0"
            : "Firecracker exiting with error. exit_code=" + code);
    return code;
  }

  private PrintStream logTarget(CommandLine line, Profile profile) throws StartupException {
    if (line.value("metrics-path").isPresent()) {
      LogFiles.checkMetrics(profile, line.value("metrics-path").get());
    }
    var logPath = line.value("log-path");
    return logPath.isPresent() ? LogFiles.openLog(profile, logPath.get()) : out;
  }

  /** A failed --config-file boot exits 1; the listener closes, its file stays. */
  private static void bootOrClose(String file, Api api, ServerSocketChannel listener)
      throws StartupException, IOException {
    try {
      new ConfigFileBoot(api.handler()).boot(file);
    } catch (StartupException e) {
      listener.close();
      throw e;
    }
  }

  private static GuestBackend backend(Knobs knobs, Map<String, String> env)
      throws StartupException {
    try {
      return BackendFactory.create(
          knobs.backend(), knobs.ctrlAltDel(), knobs.ctrlAltDelDelay(), env);
    } catch (IllegalArgumentException e) {
      throw new StartupException(1, "KNALLER_EMULATOR_BACKEND: " + e.getMessage());
    }
  }

  /** --metrics-path and --metadata act before any API call. */
  private static void prepare(CommandLine line, Api api) throws StartupException {
    if (line.value("metrics-path").isPresent()) {
      api.metricsConfiguredOnCommandLine();
    }
    if (line.value("metadata").isPresent()) {
      loadMetadata(line.value("metadata").get(), api);
    }
  }

  private static void loadMetadata(String file, Api api) throws StartupException {
    byte[] json;
    try {
      json = Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw Abort.panic("Unable to read metadata file: " + e.getMessage());
    }
    var response = api.handler().handle(new HttpRequest("PUT", "/mmds", "HTTP/1.1", json));
    if (response.status() != 204) {
      throw Abort.panic("MMDS error: metadata is not valid JSON: " + response.body());
    }
  }

  private int runWithoutApi(CommandLine line, Api api)
      throws StartupException, InterruptedException {
    new ConfigFileBoot(api.handler()).boot(line.value("config-file").orElseThrow());
    return exit.await();
  }

  private int runWithApi(
      CommandLine line, Api api, long payloadLimit, Knobs knobs, FirecrackerLog log)
      throws StartupException {
    var listener = ApiSocket.bind(line.apiSock());
    try {
      var server =
          new ApiServer(listener, api.handler(), payloadLimit, knobs.profile().hasDelete());
      exit.onRequest(server::stop);
      log.info("fc_api", "API server started.");
      log.info("fc_api", "Listening on API socket (\"" + line.apiSock() + "\").");
      if (line.value("config-file").isPresent()) {
        bootOrClose(line.value("config-file").get(), api, listener);
      }
      server.run();
      return exit.code();
    } catch (IOException e) {
      throw new StartupException(
          1, "Failed to bind and run the HTTP server: IO error: " + e.getMessage());
    }
  }
}
