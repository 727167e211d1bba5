package dev.knaller.network;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that pasta will be able to create the VM's TAP: {@code /dev/net/tun} must exist, be the
 * tun character device (major 10, minor 200) and open read-write for this user.
 */
final class TunDeviceCheck {
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final long TUN_MAJOR = 10;
  private static final long TUN_MINOR = 200;

  private static final String MISSING =
      "is missing: the tun module is not loaded, or /dev/net is hidden in this mount namespace;"
          + " load it with `sudo modprobe tun`";

  private TunDeviceCheck() {}

  static Optional<PreflightProblem> problem(Path device) {
    Map<String, Object> attributes;
    try {
      attributes = Files.readAttributes(device, "unix:mode,rdev");
    } catch (NoSuchFileException e) {
      return problem(device, MISSING);
    } catch (IOException e) {
      return problem(device, "cannot be inspected (" + e + "); check that it exists");
    }
    return notTunDevice(device, attributes).or(() -> notOpenable(device));
  }

  private static Optional<PreflightProblem> notTunDevice(Path device, Map<String, Object> attrs) {
    int mode = (Integer) attrs.get("mode");
    long rdev = (Long) attrs.get("rdev");
    if ((mode & S_IFMT) == S_IFCHR && major(rdev) == TUN_MAJOR && minor(rdev) == TUN_MINOR) {
      return Optional.empty();
    }
    String found =
        (mode & S_IFMT) == S_IFCHR
            ? "character device " + major(rdev) + ":" + minor(rdev)
            : "not a character device";
    return problem(
        device,
        ("is not the tun device (expected character device 10:200, found %s); run `sudo modprobe"
                + " tun`, or recreate it with `sudo mknod %s c 10 200 && sudo chmod 0666 %s`")
            .formatted(found, device, device));
  }

  private static Optional<PreflightProblem> notOpenable(Path device) {
    // Opening without TUNSETIFF creates no interface; closing releases everything.
    try {
      FileChannel.open(device, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return problem(
          device,
          ("cannot be opened read-write by this user (%s); distributions ship it as mode 0666:"
                  + " `sudo chmod 0666 %s`")
              .formatted(e.getMessage(), device));
    }
  }

  // Linux's dev_t encoding, as glibc's major()/minor() decode it.
  static long major(long rdev) {
    return ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & 0xfffff000L);
  }

  static long minor(long rdev) {
    return (rdev & 0xff) | ((rdev >>> 12) & 0xffffff00L);
  }

  private static Optional<PreflightProblem> problem(Path device, String what) {
    return Optional.of(new PreflightProblem("/dev/net/tun", device + " " + what));
  }
}
