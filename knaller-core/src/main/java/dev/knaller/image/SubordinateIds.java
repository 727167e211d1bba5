package dev.knaller.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code /etc/subuid} and {@code /etc/subgid} lines ({@code name-or-uid:first:count}) that let
 * a user map a whole id range into a user namespace, as mmdebstrap's unshare mode does.
 */
public record SubordinateIds(List<String> uidLines, List<String> gidLines) {
  /** A Debian tree uses ids up to 65534 (nobody), so the range must cover 65536 ids. */
  public static final long NEEDED = 65536;

  public SubordinateIds {
    uidLines = List.copyOf(uidLines);
    gidLines = List.copyOf(gidLines);
  }

  /** Reads both files; a missing file counts as empty. */
  public static SubordinateIds read(Path etc) {
    return new SubordinateIds(lines(etc.resolve("subuid")), lines(etc.resolve("subgid")));
  }

  /** Whether both files give {@code user} (by name or uid) at least {@link #NEEDED} ids. */
  public boolean hasRangeFor(String user, long uid) {
    return covers(uidLines, user, uid) && covers(gidLines, user, uid);
  }

  private static boolean covers(List<String> lines, String user, long uid) {
    long total = 0;
    for (String line : lines) {
      String[] fields = line.strip().split(":", -1);
      if (fields.length == 3 && (fields[0].equals(user) || fields[0].equals(Long.toString(uid)))) {
        total += count(fields[2]);
      }
    }
    return total >= NEEDED;
  }

  private static long count(String field) {
    try {
      return Long.parseLong(field);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      return List.of();
    }
  }
}
