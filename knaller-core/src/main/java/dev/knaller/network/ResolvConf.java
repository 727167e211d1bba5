package dev.knaller.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code nameserver} entries of a resolv.conf the way glibc does: a keyword at the start
 * of a line, then only the first whitespace-separated token (udhcpc and others append comments
 * after it). Lines starting with {@code #} or {@code ;} are comments; CR line ends and tabs are
 * whitespace.
 */
final class ResolvConf {
  private static final String KEYWORD = "nameserver";

  private ResolvConf() {}

  /** Returns the first token of each nameserver line, in file order, duplicates kept. */
  static List<String> nameserverTokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String line : text.lines().toList()) {
      String[] words = line.strip().split("[ \t\r]+", -1);
      if (words.length >= 2 && words[0].equals(KEYWORD)) {
        tokens.add(words[1]);
      }
    }
    return tokens;
  }
}
