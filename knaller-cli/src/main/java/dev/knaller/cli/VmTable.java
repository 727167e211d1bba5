package dev.knaller.cli;

import dev.knaller.VmInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Formats {@code list} as aligned columns, one VM per line, {@code -} for an unknown fact. */
final class VmTable {
  private static final List<String> HEADER =
      List.of("NAME", "STATE", "VCPUS", "MEMORY", "GUEST-IP", "SSH", "PID", "AGE");
  private static final String UNKNOWN = "-";

  private VmTable() {}

  static String of(List<VmInfo> vms, Instant now) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    vms.forEach(vm -> rows.add(row(vm, now)));
    return aligned(rows);
  }

  static List<String> row(VmInfo vm, Instant now) {
    return List.of(
        vm.name(),
        vm.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        text(vm.vcpus()),
        vm.memoryMib().isPresent() ? vm.memoryMib().getAsInt() + " MiB" : UNKNOWN,
        vm.guestIp().orElse(UNKNOWN),
        text(vm.sshHostPort()),
        text(vm.pid()),
        vm.startedAt().map(started -> age(Duration.between(started, now))).orElse(UNKNOWN));
  }

  /** Returns the largest unit that fits: {@code 42s}, {@code 5m}, {@code 3h}, {@code 2d}. */
  static String age(Duration age) {
    long seconds = Math.max(0, age.toSeconds());
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return seconds / 60 + "m";
    }
    return seconds < 86400 ? seconds / 3600 + "h" : seconds / 86400 + "d";
  }

  private static String aligned(List<List<String>> rows) {
    int[] widths = new int[HEADER.size()];
    rows.forEach(row -> widen(widths, row));
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int column = 0; column < row.size() - 1; column++) {
        out.append(String.format("%-" + (widths[column] + 2) + "s", row.get(column)));
      }
      out.append(row.get(row.size() - 1)).append('\n');
    }
    return out.toString();
  }

  private static void widen(int[] widths, List<String> row) {
    for (int column = 0; column < row.size(); column++) {
      widths[column] = Math.max(widths[column], row.get(column).length());
    }
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : UNKNOWN;
  }

  private static String text(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : UNKNOWN;
  }
}
