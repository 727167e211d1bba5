package dev.knaller.vm;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The guest kernel's command line. knaller's part comes first: the serial console (Firecracker's
 * stdout), {@code reboot=k} so a guest reboot, and thus Ctrl+Alt+Del, ends the Firecracker process,
 * {@code panic=1} so a panicking guest does too, then {@code ip=}; the user's extra arguments
 * follow.
 *
 * <p>No {@code pci=off}: Firecracker adds it itself when PCI is off, and with {@code --enable-pci}
 * it would hide every device.
 */
public final class BootArgs {
  static final String BASE = "console=ttyS0 reboot=k panic=1";
  private static final String IP_PREFIX = "ip=";
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private BootArgs() {}

  /** Returns the command line with the {@code ip=...} argument and the extra arguments. */
  public static String of(String ipArgument, String extra) {
    String line = BASE + " " + ipArgument;
    return extra.isBlank() ? line : line + " " + extra.strip();
  }

  /**
   * Returns the client address (the first field) of the first {@code ip=} argument in {@code line}.
   */
  public static Optional<String> guestIp(String line) {
    return WORDS
        .splitAsStream(line.strip())
        .filter(argument -> argument.startsWith(IP_PREFIX))
        .findFirst()
        .map(argument -> firstField(argument.substring(IP_PREFIX.length())))
        .filter(address -> !address.isEmpty());
  }

  private static String firstField(String value) {
    int colon = value.indexOf(':');
    return colon < 0 ? value : value.substring(0, colon);
  }
}
