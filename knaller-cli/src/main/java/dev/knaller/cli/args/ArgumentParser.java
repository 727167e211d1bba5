package dev.knaller.cli.args;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one command's words against its {@link Syntax}, the way POSIX utilities do:
 *
 * <ul>
 *   <li>Options come first. {@code --name=value} and {@code --name value} give a value; a flag
 *       takes none. Each option may be given once, so a repeated one is a mistake, not an override.
 *   <li>The first positional word ends the options: every word after it is positional, so {@code
 *       ssh web uname -a} passes {@code -a} on, and {@code knaller image build --force} hands
 *       {@code --force} to {@code build}. A {@code --} before the rest parameter's first word is
 *       dropped, so {@code ssh web -- ls} works too.
 *   <li>{@code -h} or {@code --help} anywhere among the options asks for help, and then missing
 *       options or parameters are not errors.
 * </ul>
 */
final class ArgumentParser {
  private static final String END_OF_OPTIONS = "--";

  private final Syntax syntax;
  private final Map<Option<?>, Object> values = new HashMap<>();
  private final Map<Parameter, List<String>> words = new HashMap<>();
  private boolean optionsEnded;
  private boolean separatorSeen;

  ArgumentParser(Syntax syntax) {
    this.syntax = syntax;
  }

  Arguments parse(List<String> input) throws UsageException {
    for (int i = 0; i < input.size(); i++) {
      String word = input.get(i);
      if (!optionsEnded && isOption(word)) {
        i += option(word, input, i);
      } else {
        positional(word);
      }
    }
    Arguments arguments = new Arguments(values, words);
    if (!arguments.helpRequested()) {
      requireAll();
    }
    return arguments;
  }

  private static boolean isOption(String word) {
    return word.startsWith("-") && word.length() > 1;
  }

  // Returns how many of the following words the option consumed as its value (0 or 1).
  private int option(String word, List<String> input, int index) throws UsageException {
    if (word.equals(END_OF_OPTIONS)) {
      optionsEnded = true;
      separatorSeen = true;
      return 0;
    }
    int equals = word.indexOf('=');
    String name = equals < 0 ? word : word.substring(0, equals);
    Option<?> option = find(name).orElseThrow(() -> unknown(name));
    if (values.containsKey(option)) {
      throw new UsageException("option " + option.displayName() + " was given more than once");
    }
    if (!option.takesValue()) {
      if (equals >= 0) {
        throw new UsageException(
            "option " + name + " is a flag and takes no value: '" + word + "'");
      }
      values.put(option, true);
      return 0;
    }
    if (equals >= 0) {
      store(option, word.substring(equals + 1));
      return 0;
    }
    if (index + 1 >= input.size()) {
      throw new UsageException("option " + name + " needs a value (" + option.label() + ")");
    }
    if (find(input.get(index + 1)).isPresent()) {
      throw new UsageException(
          "option "
              + name
              + " needs a value ("
              + option.label()
              + "), not the option "
              + input.get(index + 1)
              + "; for a value that starts with '-', write "
              + name
              + "="
              + input.get(index + 1));
    }
    store(option, input.get(index + 1));
    return 1;
  }

  private void store(Option<?> option, String text) throws UsageException {
    try {
      values.put(option, option.converter().convert(text));
    } catch (UsageException e) {
      throw new UsageException("option " + option.displayName() + ": " + e.getMessage());
    }
  }

  private void positional(String word) throws UsageException {
    optionsEnded = true;
    Parameter parameter = nextParameter().orElseThrow(() -> unexpected(word));
    List<String> taken = words.computeIfAbsent(parameter, p -> new ArrayList<>());
    boolean separator = word.equals(END_OF_OPTIONS) && !separatorSeen && !parameter.verbatim();
    if (parameter.rest() && taken.isEmpty() && separator) {
      separatorSeen = true;
      return;
    }
    taken.add(word);
  }

  private Optional<Parameter> nextParameter() {
    for (Parameter parameter : syntax.parameters()) {
      if (parameter.rest() || !words.containsKey(parameter)) {
        return Optional.of(parameter);
      }
    }
    return Optional.empty();
  }

  private void requireAll() throws UsageException {
    List<String> missing = new ArrayList<>();
    for (Option<?> option : syntax.options()) {
      if (option.required() && !values.containsKey(option)) {
        missing.add(option.displayName() + "=" + option.label());
      }
    }
    for (Parameter parameter : syntax.parameters()) {
      if (!parameter.optional() && !words.containsKey(parameter)) {
        missing.add(parameter.label());
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException("missing " + String.join(" and ", missing));
    }
  }

  private Optional<Option<?>> find(String name) {
    return syntax.allOptions().stream().filter(o -> o.names().contains(name)).findFirst();
  }

  private UsageException unknown(String name) {
    List<String> known = syntax.allOptions().stream().flatMap(o -> o.names().stream()).toList();
    return new UsageException("unknown option '" + name + "'" + Suggestion.among(name, known));
  }

  private UsageException unexpected(String word) {
    String takes =
        syntax.parameters().isEmpty()
            ? "takes no arguments"
            : "takes only " + syntax.parameters().size() + " argument(s)";
    return new UsageException(
        "unexpected argument '" + word + "': " + syntax.name() + " " + takes + meant(word));
  }

  // "stop web": a command whose one required option names the thing was probably meant.
  private String meant(String word) {
    List<Option<?>> required = syntax.options().stream().filter(Option::required).toList();
    if (required.size() != 1 || !syntax.parameters().isEmpty() || word.startsWith("-")) {
      return "";
    }
    return "; did you mean " + required.get(0).displayName() + " " + word + "?";
  }
}
