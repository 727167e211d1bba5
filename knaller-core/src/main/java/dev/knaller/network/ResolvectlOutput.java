package dev.knaller.network;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code resolvectl dns}: one line per scope, {@code Global:} or {@code Link
 * <index> (<name>):}, followed by that scope's servers. The labels are not servers; a line without
 * a label is taken as continued servers.
 */
final class ResolvectlOutput {
  private static final Pattern LABEL = Pattern.compile("^(Global|Link \\d+ \\([^)]*\\)):");

  private ResolvectlOutput() {}

  /** Returns every server token after its label, Global first, in output order. */
  static List<String> serverTokens(String output) {
    List<String> tokens = new ArrayList<>();
    for (String line : output.lines().toList()) {
      String servers = LABEL.matcher(line.strip()).replaceFirst("").strip();
      if (!servers.isEmpty()) {
        tokens.addAll(List.of(servers.split("\\s+", -1)));
      }
    }
    return tokens;
  }
}
