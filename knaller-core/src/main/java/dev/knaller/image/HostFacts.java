package dev.knaller.image;

import dev.knaller.network.Tool;
import dev.knaller.network.ToolFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The facts about this machine and user an image build depends on; injectable for tests. */
public record HostFacts(long uid, String user, Path etc, Map<String, String> environment) {
  public HostFacts {
    environment = Map.copyOf(environment);
  }

  /** The running process: its effective uid (the owner of /proc/self), user name, /etc, env. */
  public static HostFacts current() {
    return new HostFacts(
        effectiveUid(), System.getProperty("user.name"), Path.of("/etc"), System.getenv());
  }

  /** Finds tools on this environment's PATH, then /usr/sbin and /sbin. */
  public ToolFinder tools() {
    return ToolFinder.fromEnvironment(environment);
  }

  /** The absolute path of {@code program}, or an error naming the Debian package to install. */
  public Path tool(String program, String debianPackage) throws ImageException {
    return RequiredTool.find(tools(), new Tool(program, debianPackage));
  }

  public boolean isRoot() {
    return uid == 0;
  }

  private static long effectiveUid() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    } catch (IOException | UnsupportedOperationException e) {
      throw new IllegalStateException("cannot read the process's uid from /proc/self", e);
    }
  }
}
