package dev.knaller.image;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads {@code manifest.json}. The reader only accepts the layout this writer produces
 * (one field per line, files one per line), which is all knaller ever reads back; anything else is
 * reported as unreadable and the image is rebuilt.
 */
final class ManifestJson {
  private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
  private static final Pattern FILE =
      Pattern.compile(
          "\\{\"name\": " + STRING + ", \"size_bytes\": (\\d+), \"sha256\": \"([0-9a-f]*)\"}");

  private ManifestJson() {}

  static String write(Manifest manifest) {
    StringBuilder json = new StringBuilder("{\n");
    field(json, "format_version", Integer.toString(Manifest.FORMAT_VERSION));
    field(json, "recipe", quoted(manifest.recipeName()));
    field(json, "recipe_hash", quoted(manifest.recipeHash()));
    field(json, "recipe_description", quoted(manifest.recipeDescription()));
    field(json, "built_at", quoted(manifest.builtAt().toString()));
    field(json, "build_seconds", Long.toString(manifest.buildTime().toSeconds()));
    field(json, "kernel_release", quoted(manifest.kernelRelease()));
    json.append("  \"files\": [\n").append(files(manifest.files())).append("  ]\n}\n");
    return json.toString();
  }

  /** The manifest in {@code json}, or empty when it is not one this class wrote. */
  static Optional<Manifest> read(String json) {
    try {
      return Optional.of(
          new Manifest(
              text(json, "recipe"),
              text(json, "recipe_hash"),
              text(json, "recipe_description"),
              Instant.parse(text(json, "built_at")),
              Duration.ofSeconds(number(json, "build_seconds")),
              text(json, "kernel_release"),
              files(json)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String text(String json, String field) {
    Matcher matcher = Pattern.compile("\"" + field + "\": " + STRING + ",?\n").matcher(json);
    if (!matcher.find()) {
      throw new IllegalArgumentException("no text field " + field);
    }
    return unquoted(matcher.group(1));
  }

  private static long number(String json, String field) {
    Matcher matcher = Pattern.compile("\"" + field + "\": (\\d+),?\n").matcher(json);
    if (!matcher.find()) {
      throw new IllegalArgumentException("no number field " + field);
    }
    return Long.parseLong(matcher.group(1));
  }

  private static List<ImageFile> files(String json) {
    List<ImageFile> files = new ArrayList<>();
    Matcher matcher = FILE.matcher(json);
    while (matcher.find()) {
      files.add(
          new ImageFile(
              unquoted(matcher.group(1)), Long.parseLong(matcher.group(2)), matcher.group(3)));
    }
    return files;
  }

  private static String unquoted(String body) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escaped = body.charAt(++i);
      switch (escaped) {
        case 'n' -> text.append('\n');
        case 't' -> text.append('\t');
        case 'u' -> {
          text.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> text.append(escaped);
      }
    }
    return text.toString();
  }

  private static String files(List<ImageFile> files) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < files.size(); i++) {
      ImageFile file = files.get(i);
      json.append("    {\"name\": ")
          .append(quoted(file.name()))
          .append(", \"size_bytes\": ")
          .append(file.sizeBytes())
          .append(", \"sha256\": ")
          .append(quoted(file.sha256()))
          .append(i + 1 < files.size() ? "},\n" : "}\n");
    }
    return json.toString();
  }

  private static void field(StringBuilder json, String name, String value) {
    json.append("  \"").append(name).append("\": ").append(value).append(",\n");
  }

  static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\t' -> json.append("\\t");
        default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return json.append('"').toString();
  }
}
