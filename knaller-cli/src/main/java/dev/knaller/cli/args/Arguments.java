package dev.knaller.cli.args;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed command line of one command: each option's converted value and each parameter's words.
 * Options and parameters are looked up by the constants the command declared them as.
 */
public final class Arguments {
  private final Map<Option<?>, Object> values;
  private final Map<Parameter, List<String>> words;

  Arguments(Map<Option<?>, Object> values, Map<Parameter, List<String>> words) {
    this.values = Map.copyOf(values);
    this.words = Map.copyOf(words);
  }

  /** Whether {@code -h} or {@code --help} was given: then nothing else was checked. */
  public boolean helpRequested() {
    return has(Syntax.HELP);
  }

  /** Whether the flag was given. */
  public boolean has(Option<Boolean> flag) {
    return values.containsKey(flag);
  }

  /** The option's value, if it was given. */
  public <T> Optional<T> get(Option<T> option) {
    return Optional.ofNullable(values.get(option)).map(option.type()::cast);
  }

  /** The option's value, or {@code fallback} when it was not given. */
  public <T> T get(Option<T> option, T fallback) {
    return get(option).orElse(fallback);
  }

  /** The single word of a parameter; a required parameter was checked while parsing. */
  public String word(Parameter parameter) {
    return words(parameter).get(0);
  }

  /** The words of a parameter: one for a plain parameter, zero or more for a rest parameter. */
  public List<String> words(Parameter parameter) {
    return words.getOrDefault(parameter, List.of());
  }
}
