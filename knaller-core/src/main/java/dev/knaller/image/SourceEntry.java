package dev.knaller.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One binary ("deb") apt source: URIs, suites, components and options, in deb822 field names. */
record SourceEntry(
    List<String> uris, List<String> suites, List<String> components, Map<String, String> options) {

  SourceEntry {
    uris = List.copyOf(uris);
    suites = List.copyOf(suites);
    components = List.copyOf(components);
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options)); // keeps field order
  }

  /** Parses one-line style: {@code deb [signed-by=/k.gpg arch=amd64] URI SUITE COMPONENT...}. */
  static List<SourceEntry> parseOneLine(String text) {
    List<SourceEntry> entries = new ArrayList<>();
    for (String raw : text.split("\\R", -1)) {
      String line = raw.replaceFirst("#.*", "").strip();
      if (line.startsWith("deb ") || line.startsWith("deb\t")) {
        oneLine(line.substring(4).strip()).ifPresent(entries::add);
      }
    }
    return entries;
  }

  private static Optional<SourceEntry> oneLine(String rest) {
    Map<String, String> options = new LinkedHashMap<>();
    if (rest.startsWith("[")) {
      int end = rest.indexOf(']');
      if (end < 0) {
        return Optional.empty();
      }
      for (String option : rest.substring(1, end).strip().split("\\s+", -1)) {
        int eq = option.indexOf('=');
        if (eq > 0) {
          options.put(deb822Name(option.substring(0, eq)), option.substring(eq + 1));
        }
      }
      rest = rest.substring(end + 1).strip();
    }
    String[] words = rest.split("\\s+", -1);
    if (words.length < 2) {
      return Optional.empty();
    }
    List<String> components = List.of(words).subList(2, words.length);
    return Optional.of(new SourceEntry(List.of(words[0]), List.of(words[1]), components, options));
  }

  /** Parses deb822 stanzas, skipping {@code Enabled: no} and source-only ones. */
  static List<SourceEntry> parseDeb822(String text) {
    List<SourceEntry> entries = new ArrayList<>();
    for (String stanza : text.split("\\R\\s*\\R", -1)) {
      Map<String, String> fields = Deb822Stanza.fields(stanza);
      boolean binary = List.of(fields.getOrDefault("types", "").split("\\s+", -1)).contains("deb");
      if (binary && !fields.getOrDefault("enabled", "yes").equalsIgnoreCase("no")) {
        entries.add(fromFields(fields));
      }
    }
    return entries;
  }

  private static SourceEntry fromFields(Map<String, String> fields) {
    Map<String, String> options = new LinkedHashMap<>();
    fields.forEach(
        (key, value) -> {
          if (!List.of("types", "uris", "suites", "components", "enabled").contains(key)) {
            options.put(deb822Name(key), value);
          }
        });
    return new SourceEntry(
        words(fields.get("uris")),
        words(fields.get("suites")),
        words(fields.get("components")),
        options);
  }

  /** This entry with only {@code suite} and its companions ({@code suite-updates}, ...). */
  Optional<SourceEntry> restrictedTo(String suite) {
    List<String> family =
        suites.stream().filter(s -> s.equals(suite) || s.startsWith(suite + "-")).toList();
    return family.isEmpty() || uris.isEmpty()
        ? Optional.empty()
        : Optional.of(new SourceEntry(uris, family, components, options));
  }

  String toDeb822() {
    StringBuilder text = new StringBuilder("Types: deb\n");
    text.append("URIs: ").append(String.join(" ", uris)).append('\n');
    text.append("Suites: ").append(String.join(" ", suites)).append('\n');
    text.append("Components: ").append(String.join(" ", components)).append('\n');
    options.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
    return text.toString();
  }

  private static List<String> words(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+", -1));
  }

  /** {@code signed-by} and {@code Signed-By} both become {@code Signed-By}. */
  private static String deb822Name(String key) {
    StringBuilder name = new StringBuilder();
    for (String part : key.toLowerCase(Locale.ROOT).split("-", -1)) {
      name.append(name.isEmpty() ? "" : "-");
      name.append(part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    String known = name.toString();
    return known.equals("Arch") ? "Architectures" : known;
  }
}
