package dev.knaller.image;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Field parsing for one deb822 stanza: {@code Key: value}, continuation lines, comments. */
final class Deb822Stanza {
  private Deb822Stanza() {}

  /**
   * Fields by lower-case name. Continuation lines stay on their own lines, so an inline {@code
   * Signed-By} key block survives being written back.
   */
  static Map<String, String> fields(String stanza) {
    Map<String, String> fields = new LinkedHashMap<>();
    String current = null;
    for (String line : stanza.split("\\R", -1)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && current != null) {
        fields.merge(
            current, line.strip(), (old, more) -> old.isEmpty() ? more : old + "\n " + more);
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        current = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        fields.put(current, line.substring(colon + 1).strip());
      }
    }
    return fields;
  }
}
