package dev.knaller.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a command's help from its {@link Syntax}: a usage line, the summary and details, the
 * options in two aligned columns, the subcommands of a group, and the epilog.
 */
public final class HelpText {
  private static final String INDENT = "  ";
  private static final String NO_SHORT_NAME = "    ";

  private HelpText() {}

  /** Help for {@code syntax}, invoked as {@code qualifiedName} (e.g. {@code knaller image}). */
  public static String of(String qualifiedName, Syntax syntax, List<Syntax> subcommands) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: ").append(usage(qualifiedName, syntax)).append('\n');
    text.append(syntax.summary()).append('\n');
    syntax.details().forEach(line -> text.append(line).append('\n'));
    text.append("\nOptions:\n").append(columns(optionRows(syntax)));
    if (subcommands.isEmpty() && !syntax.parameters().isEmpty()) {
      text.append("\nParameters:\n").append(columns(parameterRows(syntax)));
    }
    if (!subcommands.isEmpty()) {
      text.append("\nCommands:\n").append(columns(commandRows(subcommands)));
    }
    if (!syntax.epilog().isEmpty()) {
      text.append('\n');
      syntax.epilog().forEach(line -> text.append(line).append('\n'));
    }
    return text.toString();
  }

  /** The usage line: required options by name, {@code [OPTIONS]}, then the parameters. */
  static String usage(String qualifiedName, Syntax syntax) {
    List<String> parts = new ArrayList<>(List.of(qualifiedName));
    for (Option<?> option : syntax.options()) {
      if (option.required()) {
        parts.add(option.displayName() + "=" + option.label());
      }
    }
    parts.add("[OPTIONS]");
    for (Parameter parameter : syntax.parameters()) {
      parts.add(synopsis(parameter));
    }
    return String.join(" ", parts);
  }

  private static String synopsis(Parameter parameter) {
    if (parameter.rest()) {
      return "[" + parameter.label() + "...]";
    }
    return parameter.optional() ? "[" + parameter.label() + "]" : parameter.label();
  }

  private static List<String[]> parameterRows(Syntax syntax) {
    return syntax.parameters().stream()
        .map(parameter -> new String[] {synopsis(parameter), parameter.description()})
        .toList();
  }

  private static List<String[]> optionRows(Syntax syntax) {
    return syntax.allOptions().stream()
        .map(option -> new String[] {optionNames(option), option.description()})
        .toList();
  }

  // "-v, --verbose" or "    --name=NAME": long names line up whether or not there is a short one.
  private static String optionNames(Option<?> option) {
    List<String> names = option.names();
    String value = option.takesValue() ? "=" + option.label() : "";
    String longNames = String.join(", ", names.subList(1, names.size()));
    if (names.size() == 1) {
      String only = names.get(0);
      return (only.startsWith("--") ? NO_SHORT_NAME : "") + only + value;
    }
    return names.get(0) + ", " + longNames + value;
  }

  private static List<String[]> commandRows(List<Syntax> subcommands) {
    return subcommands.stream()
        .map(command -> new String[] {names(command), command.summary()})
        .toList();
  }

  private static String names(Syntax command) {
    List<String> words = new ArrayList<>(List.of(command.name()));
    words.addAll(command.aliases());
    return String.join(", ", words);
  }

  private static String columns(List<String[]> rows) {
    int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      String left = row[0] + " ".repeat(width - row[0].length());
      text.append(INDENT).append(left).append(INDENT).append(row[1]).append('\n');
    }
    return text.toString();
  }
}
