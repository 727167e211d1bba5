package dev.knaller.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The local addresses listening on a TCP port, as {@code ss -Hltn} reports them. */
final class Listeners {
  private Listeners() {}

  static List<String> tcp(int port) throws IOException, InterruptedException {
    Process ss = new ProcessBuilder("ss", "-Hltn", "sport = :" + port).start();
    ss.getOutputStream().close();
    String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ss.waitFor(10, TimeUnit.SECONDS)) {
      ss.destroyForcibly();
    }
    // Columns: State Recv-Q Send-Q Local-Address:Port Peer-Address:Port
    return out.lines().map(line -> line.trim().split("\\s+", -1)).map(f -> f[3]).toList();
  }
}
