package dev.knaller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where knaller keeps its files: {@code ${XDG_DATA_HOME:-$HOME/.local/share}/knaller}. Every path
 * handed out lies inside that data directory; VM paths are built from a {@link VmName}, which
 * cannot contain a slash or a dot, so no name can reach outside it.
 *
 * <p>Layout: {@code sockets/<name>.socket} (the Firecracker API socket, which is the only state),
 * {@code vms/<name>/} (per-VM files), {@code images/} (guest images) and {@code ssh/} (key pair).
 */
public record KnallerPaths(Path dataDirectory) {
  /**
   * Usable bytes of a Unix socket path: {@code sun_path} is 108 bytes and the kernel needs the last
   * one for the terminating NUL.
   */
  public static final int MAX_SOCKET_PATH_BYTES = 107;

  private static final String SOCKET_SUFFIX = ".socket";

  /**
   * Makes the data directory canonical: absolute, with the symbolic links of its existing part
   * resolved (see {@link #canonical}).
   */
  public KnallerPaths {
    dataDirectory = canonical(dataDirectory);
  }

  // The second pass resolves a link a ".." stepped back onto; the third finds nothing more.
  private static final int MAX_RESOLVE_PASSES = 3;

  /** Returns the paths for this process's environment. */
  public static KnallerPaths fromEnvironment() {
    return fromEnvironment(System.getenv(), System.getProperty("user.home"));
  }

  /**
   * Returns the paths for the given environment. {@code XDG_DATA_HOME} counts only when it is an
   * absolute path (the XDG base directory spec says relative values are to be ignored); otherwise
   * {@code $HOME/.local/share}, with {@code fallbackHome} when {@code HOME} is unset.
   */
  public static KnallerPaths fromEnvironment(Map<String, String> environment, String fallbackHome) {
    String xdg = environment.getOrDefault("XDG_DATA_HOME", "");
    if (!xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return new KnallerPaths(Path.of(xdg, "knaller"));
    }
    String home = environment.getOrDefault("HOME", "");
    String base = home.isEmpty() ? fallbackHome : home;
    return new KnallerPaths(Path.of(base, ".local", "share", "knaller"));
  }

  public Path socketsDirectory() {
    return dataDirectory.resolve("sockets");
  }

  public Path socketPath(VmName name) {
    return inside(socketsDirectory().resolve(name.value() + SOCKET_SUFFIX));
  }

  public Path vmsDirectory() {
    return dataDirectory.resolve("vms");
  }

  public Path vmDirectory(VmName name) {
    return inside(vmsDirectory().resolve(name.value()));
  }

  /** The VM's private copy of the base rootfs. */
  public Path rootfsCopy(VmName name) {
    return vmDirectory(name).resolve("rootfs.ext4");
  }

  /** Where the guest's serial console output goes. */
  public Path consoleLog(VmName name) {
    return vmDirectory(name).resolve("console.log");
  }

  public Path imagesDirectory() {
    return dataDirectory.resolve("images");
  }

  /** The built default guest image: {@code vmlinux}, {@code initrd.img}, {@code rootfs.ext4}. */
  public Path defaultImageDirectory() {
    return imagesDirectory().resolve("default");
  }

  public Path sshDirectory() {
    return dataDirectory.resolve("ssh");
  }

  /** The user's key for guests, {@code ssh/id_ed25519}; the public half adds {@code .pub}. */
  public Path sshPrivateKey() {
    return sshDirectory().resolve("id_ed25519");
  }

  /**
   * Returns the VM name encoded in a socket file name of {@link #socketsDirectory()}, if the file
   * name is {@code <valid name>.socket}. Used by discovery to skip foreign files.
   */
  public Optional<VmName> nameOfSocket(Path socket) {
    String file = socket.getFileName().toString();
    if (!file.endsWith(SOCKET_SUFFIX)) {
      return Optional.empty();
    }
    String name = file.substring(0, file.length() - SOCKET_SUFFIX.length());
    return VmName.problem(name).isEmpty() ? Optional.of(new VmName(name)) : Optional.empty();
  }

  /** Returns the length in bytes of the VM's socket path, as the kernel counts it (UTF-8). */
  public int socketPathBytes(VmName name) {
    return socketPath(name).toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Returns why the VM's socket path cannot be bound, if it is longer than {@link
   * #MAX_SOCKET_PATH_BYTES}: Firecracker would fail to bind it and exit before creating anything.
   */
  public Optional<String> socketPathProblem(VmName name) {
    int bytes = socketPathBytes(name);
    if (bytes <= MAX_SOCKET_PATH_BYTES) {
      return Optional.empty();
    }
    int room = MAX_SOCKET_PATH_BYTES - (bytes - name.value().length());
    return Optional.of(
        String.format(
            "the API socket path %s is %d bytes long, but a Unix socket path may have at most %d"
                + " bytes (sun_path is 108 bytes including the terminating NUL); use a VM name of"
                + " at most %d characters here, or set XDG_DATA_HOME to a directory whose real"
                + " path is shorter (knaller resolves symbolic links in it)",
            socketPath(name), bytes, MAX_SOCKET_PATH_BYTES, Math.max(room, 0)));
  }

  /**
   * Checks that the VM's socket path fits a Unix socket address.
   *
   * @throws KnallerException with {@link #socketPathProblem}'s text when it does not
   */
  public void requireSocketPathFits(VmName name) throws KnallerException {
    Optional<String> problem = socketPathProblem(name);
    if (problem.isPresent()) {
      throw new KnallerException(problem.get());
    }
  }

  /**
   * One data directory must give one socket path text whichever link it was reached through: {@code
   * list}, {@code stop} and {@code start} find a VM's Firecracker by comparing that text with the
   * {@code --api-sock} in its argv, so a VM started through {@code XDG_DATA_HOME=/x/link} was
   * otherwise dead to a {@code list} through {@code /x/data}. The longest existing prefix is
   * resolved by the kernel ({@code toRealPath}, which also gets {@code ..} after a link right); the
   * rest, not created yet, is appended and normalized. A {@code ..} in that rest can step back onto
   * an existing link ({@code missing/../link}), so the result is resolved again until it no longer
   * changes. The socket path is then checked against {@code sun_path} as Firecracker binds it: the
   * real one.
   */
  private static Path canonical(Path directory) {
    Path current = directory.toAbsolutePath();
    for (int pass = 0; pass < MAX_RESOLVE_PASSES; pass++) {
      Path next = resolveExistingPrefix(current);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private static Path resolveExistingPrefix(Path absolute) {
    for (Path prefix = absolute; prefix != null; prefix = prefix.getParent()) {
      // exists() first: a missing directory is the usual case, and an exception per missing
      // level cost a cold CLI start about a millisecond.
      if (Files.exists(prefix)) {
        try {
          return prefix.toRealPath().resolve(prefix.relativize(absolute)).normalize();
        } catch (IOException e) {
          // Not ours to look into (EACCES), or just removed: try the next shorter prefix.
        }
      }
    }
    return absolute.normalize();
  }

  // A guard for the invariant, not input validation: VmName already excludes '/' and '.'.
  private Path inside(Path path) {
    Path normalized = path.normalize();
    if (!normalized.startsWith(dataDirectory) || normalized.equals(dataDirectory)) {
      throw new IllegalStateException(path + " is outside the data directory " + dataDirectory);
    }
    return normalized;
  }
}
