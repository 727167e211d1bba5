package dev.knaller.cli.args;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One option of a command. A flag has no label and is {@code true} when present; any other option
 * takes one value, given as {@code --name=value} or {@code --name value}, which its converter
 * checks while the command line is parsed.
 *
 * <p>Options are constants, equal only to themselves: {@link Arguments} looks values up by
 * identity. (A record would be slower here: its first {@code hashCode} links an invokedynamic call
 * site that the AOT cache does not keep, about 10 ms of a cold start, measured.)
 */
public final class Option<T> {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

  private final List<String> names;
  private final String label;
  private final String description;
  private final boolean required;
  private final Class<T> type;
  private final Converter<T> converter;

  private Option(
      List<String> names,
      String label,
      String description,
      boolean required,
      Class<T> type,
      Converter<T> converter) {
    this.names = List.copyOf(names);
    this.label = label;
    this.description = Objects.requireNonNull(description, "description");
    this.required = required;
    this.type = Objects.requireNonNull(type, "type");
    this.converter = converter;
    if (this.names.isEmpty() || this.names.stream().anyMatch(name -> !name.startsWith("-"))) {
      throw new IllegalArgumentException("option names must start with '-': " + names);
    }
    if ((label == null) != (converter == null)) {
      throw new IllegalArgumentException("a value option needs both a label and a converter");
    }
  }

  /** A flag such as {@code --json}. */
  public static Option<Boolean> flag(String description, String... names) {
    return new Option<>(List.of(names), null, description, false, Boolean.class, null);
  }

  /** An option whose value is taken as it is. */
  public static Option<String> text(String name, String label, String description) {
    return new Option<>(List.of(name), label, description, false, String.class, text -> text);
  }

  /** An option whose value is a file path. */
  public static Option<Path> path(String name, String label, String description) {
    return new Option<>(List.of(name), label, description, false, Path.class, Option::toPath);
  }

  /** An option whose value is a URL. */
  public static Option<URI> uri(String name, String label, String description) {
    return new Option<>(List.of(name), label, description, false, URI.class, Option::toUri);
  }

  /**
   * An option whose value is a whole number. {@code allowed} is named when the text is not one; the
   * range itself is the command's to check, where it can report every bad value at once.
   */
  public static Option<Integer> integer(
      String name, String label, String description, String allowed) {
    Converter<Integer> converter = text -> toInteger(text, allowed);
    return new Option<>(List.of(name), label, description, false, Integer.class, converter);
  }

  /** This option, required. */
  public Option<T> asRequired() {
    return new Option<>(names, label, description, true, type, converter);
  }

  /** The names, short before long, e.g. {@code -v, --verbose}. */
  public List<String> names() {
    return names;
  }

  /** What the value is, e.g. {@code FILE}; null for a flag. */
  public String label() {
    return label;
  }

  /** One line of help. */
  public String description() {
    return description;
  }

  /** Whether the command needs this option. */
  public boolean required() {
    return required;
  }

  Class<T> type() {
    return type;
  }

  Converter<T> converter() {
    return converter;
  }

  /** Whether the option takes a value (every option but a flag). */
  public boolean takesValue() {
    return converter != null;
  }

  /** The name shown in messages: the longest one, e.g. {@code --verbose}. */
  public String displayName() {
    return names.get(names.size() - 1);
  }

  private static Path toPath(String text) throws UsageException {
    if (text.isEmpty()) {
      throw new UsageException("the file path is empty");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new UsageException("'" + text + "' is not a file path: " + e.getReason());
    }
  }

  private static URI toUri(String text) throws UsageException {
    if (text.isEmpty()) {
      throw new UsageException("the URL is empty");
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new UsageException("'" + text + "' is not a URL: " + e.getReason());
    }
  }

  // ASCII digits only: Integer.parseInt also takes other scripts' digits ("\u0663" is 3).
  private static Integer toInteger(String text, String allowed) throws UsageException {
    String digits = text.strip();
    if (!WHOLE_NUMBER.matcher(digits).matches()) {
      throw new UsageException("'" + text + "' is not a whole number; allowed: " + allowed);
    }
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new UsageException("'" + text + "' is out of range; allowed: " + allowed);
    }
  }
}
