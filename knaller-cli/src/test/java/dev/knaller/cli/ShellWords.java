package dev.knaller.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printed command line into words as a POSIX shell would, for the quoting knaller prints
 * (plain words, single quotes, backslash escapes), so a test runs exactly the printed command.
 */
final class ShellWords {
  private ShellWords() {}

  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        continue;
      }
      word = word == null ? new StringBuilder() : word;
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        word.append(line, i + 1, end);
        i = end;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
      } else {
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
