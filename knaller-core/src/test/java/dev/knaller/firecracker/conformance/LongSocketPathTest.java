package dev.knaller.firecracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.firecracker.model.InstanceState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * knaller allows socket paths of 107 bytes (all {@code sun_path} holds besides the NUL), and so
 * does Firecracker; the JDK alone stops at 106. The client must still reach such a socket.
 */
class LongSocketPathTest {
  @TempDir Path directory;

  @Test
  void theClientTalksToASocketPathOf107Bytes() throws Exception {
    Path socket = pathOfBytes(107);

    try (var vm = EmulatedVm.start(ApiProfile.V1_16_1, socket, false)) {
      assertThat(vm.client().describeInstance().state()).isEqualTo(InstanceState.NOT_STARTED);
      vm.client().putMachineConfig(StandardVm.MACHINE);
      assertThat(vm.client().machineConfig()).isEqualTo(StandardVm.MACHINE_SHOWN);
    }
    assertThat(socket.toString().getBytes(StandardCharsets.UTF_8)).hasSize(107);
    assertThat(socket).exists();
  }

  @Test
  void theShortLinkIsGoneOnceConnected() throws Exception {
    Path socket = pathOfBytes(107);

    try (var vm = EmulatedVm.start(ApiProfile.V1_16_1, socket, false)) {
      vm.client().describeInstance();

      assertThat(linksInTempDirectoryTo(socket)).isEmpty();
    }
  }

  private Path pathOfBytes(int bytes) {
    String base = directory.toAbsolutePath() + "/";
    return Path.of(base + "s".repeat(bytes - base.length()));
  }

  private static List<Path> linksInTempDirectoryTo(Path socket) throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries.filter(Files::isSymbolicLink).filter(l -> pointsAt(l, socket)).toList();
    }
  }

  private static boolean pointsAt(Path link, Path socket) {
    try {
      return Files.readSymbolicLink(link).equals(socket.toAbsolutePath());
    } catch (IOException vanished) {
      return false;
    }
  }
}
