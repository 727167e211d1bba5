package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A VM whose owner, the foreground {@code knaller start}, dies without cleaning up (SIGKILL) ends
 * by itself: the launch script sees its lifeline close, ends Firecracker and removes the VM's
 * files.
 */
class OwnerGoneIT extends EndToEndTestBase {
  private static final Pattern PID = Pattern.compile("is running \\(pid (\\d+),");
  private static final Duration GONE_WAIT = Duration.ofSeconds(30);

  @Test
  void aRunningVmWhoseStartIsKilledWithSigkillEndsByItselfAndLeavesNothing() throws Exception {
    CliProcess start = e2e.startRunning("e2e-owner");
    long firecracker = pid(start);
    ProcessHandle pasta = pastaOf(firecracker);
    String network = namespaceOf(firecracker, "net");
    String pids = namespaceOf(firecracker, "pid");
    // The PID start and list report is Firecracker's (the emulator's JVM), not the launch shell's,
    // though the shell's argv holds the same --api-sock words.
    assertThat(cmdline(firecracker))
        .contains("dev.knaller.emulator.Main")
        .doesNotContain("/bin/sh");
    assertThat(e2e.run("list").stdout()).containsPattern("e2e-owner +running .* " + firecracker);

    start.kill();

    awaitNoProcessMentioning(e2e.dataDirectory());
    assertThat(awaitGone(firecracker)).isTrue();
    assertThat(awaitGone(pasta.pid())).isTrue();
    assertThat(processesIn(network, "net")).isEmpty();
    assertThat(processesIn(pids, "pid")).isEmpty();
    assertThat(e2e.run("list").stdout()).doesNotContain("e2e-owner");
    e2e.assertNothingLeft("e2e-owner");

    CliProcess again = e2e.startRunning("e2e-owner");
    assertThat(e2e.run("stop", "--name", "e2e-owner").awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    assertThat(again.awaitExit(Duration.ofSeconds(30))).isZero();
    e2e.assertNothingLeft("e2e-owner");
  }

  private static long pid(CliProcess start) {
    Matcher pid = PID.matcher(start.stdout());
    assertThat(pid.find()).as(start.stdout()).isTrue();
    return Long.parseLong(pid.group(1));
  }

  // Firecracker is the launch shell's child, and the shell pasta's. pasta makes itself
  // non-dumpable, so its /proc/<pid>/exe cannot be read; its cmdline can.
  private static ProcessHandle pastaOf(long firecracker) throws IOException {
    ProcessHandle pasta =
        ProcessHandle.of(firecracker)
            .flatMap(ProcessHandle::parent)
            .flatMap(ProcessHandle::parent)
            .orElseThrow();
    String argv = cmdline(pasta.pid());
    assertThat(argv.substring(0, argv.indexOf(' '))).endsWith("pasta");
    return pasta;
  }

  private static String cmdline(long pid) throws IOException {
    return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
  }

  // An exiting process's cmdline empties when its memory goes (exit_mm), before it closes its files
  // and namespaces and becomes a zombie; so "no process mentions the directory" can come a moment
  // before pasta is gone, and a loaded machine stretches that moment.
  private static boolean awaitGone(long pid) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + GONE_WAIT.toNanos();
    while (!isGone(pid) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return isGone(pid);
  }

  // Exited: no /proc entry, or a zombie (state Z) its new parent has not reaped yet. The JDK
  // counts a zombie as alive, and the orphaned pasta's reaper (PID 1 or a subreaper) may be slow.
  private static boolean isGone(long pid) throws IOException {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (NoSuchFileException e) {
      return true;
    }
  }

  // The namespace link of a process reads like "net:[4026532412]": the namespace's identity.
  private static String namespaceOf(long pid, String kind) throws IOException {
    return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", kind)).toString();
  }

  // Every process of this user whose namespace of that kind is the given one.
  private static List<Long> processesIn(String namespace, String kind) throws IOException {
    List<Long> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          if (Files.readSymbolicLink(entry.resolve("ns").resolve(kind))
              .toString()
              .equals(namespace)) {
            found.add(Long.parseLong(entry.getFileName().toString()));
          }
        } catch (IOException e) {
          // Exited during the scan, or another user's process.
        }
      }
    }
    return found;
  }

  private static void awaitNoProcessMentioning(Path directory)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + GONE_WAIT.toNanos();
    while (!EndToEnd.processesMentioning(directory.toString()).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(EndToEnd.processesMentioning(directory.toString()))
        .as("processes of the VM %s after the wait", GONE_WAIT)
        .isEmpty();
  }
}
