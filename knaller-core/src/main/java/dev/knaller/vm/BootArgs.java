package dev.knaller.vm;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The guest kernel's command line. knaller's part comes first: the serial console (Firecracker's
 * stdout), {@code reboot=k} so a guest reboot, and thus Ctrl+Alt+Del, ends the Firecracker process,
 * {@code panic=1} so a panicking guest does too, then {@code ip=}; the user's extra arguments
 * follow.
 *
 * <p>No {@code pci=off}: Firecracker adds it itself when PCI is off, and with {@code --enable-pci}
 * it would hide every device, so a user's {@code pci=off} is dropped then.
 */
public final class BootArgs {
  static final String BASE = "console=ttyS0 reboot=k panic=1";

  /**
   * How long the extra arguments may be. Firecracker caps the whole command line at 2047 bytes
   * (2048 with the NUL, the x86 boot protocol's limit) and adds its own entries at boot: {@code
   * root=/dev/vda}, {@code pci=off} and a {@code virtio_mmio.device=4K@0x...:N} per device, about
   * 100 bytes for knaller's one drive and one NIC, kept as 128. knaller's own part is at most
   * {@link #BASE}, a space, and {@code ip=} with four addresses, a 32-byte hostname and two DNS
   * servers (125 bytes), then the space before the extra arguments.
   */
  public static final int MAX_EXTRA_LENGTH = 2047 - 128 - (BASE.length() + 1 + 125 + 1);

  private static final String IP_PREFIX = "ip=";
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final String PCI_OFF = "pci=off";
  private static final System.Logger LOG = System.getLogger(BootArgs.class.getName());

  private BootArgs() {}

  /** Returns the command line with the {@code ip=...} argument and the extra arguments. */
  public static String of(String ipArgument, String extra) {
    String line = BASE + " " + ipArgument;
    return extra.isBlank() ? line : line + " " + extra.strip();
  }

  /**
   * Same as {@link #of(String, String)}; with {@code pciEnabled} (Firecracker given {@code
   * --enable-pci}) a {@code pci=off} among the extra arguments is dropped, since the guest would
   * then see no virtio device at all (no disk, no network).
   */
  public static String of(String ipArgument, String extra, boolean pciEnabled) {
    if (!pciEnabled || WORDS.splitAsStream(extra.strip()).noneMatch(PCI_OFF::equals)) {
      return of(ipArgument, extra);
    }
    LOG.log(System.Logger.Level.WARNING, "dropping pci=off: Firecracker runs with --enable-pci");
    String kept =
        WORDS
            .splitAsStream(extra.strip())
            .filter(argument -> !argument.equals(PCI_OFF))
            .collect(Collectors.joining(" "));
    return of(ipArgument, kept);
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
