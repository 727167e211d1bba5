package dev.knaller.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a command accepts: its name and aliases, its options and positional parameters, and the text
 * its help shows. Every syntax also accepts {@link #HELP}.
 *
 * @param name the word that selects the command, e.g. {@code list}
 * @param aliases other words for it, e.g. {@code ls}
 * @param summary one line saying what the command does
 * @param details more lines of help, shown under the summary
 * @param epilog lines shown at the end of the help
 * @param options the options, in the order help lists them
 * @param parameters the positional parameters, in order; only the last may be a rest parameter
 */
public record Syntax(
    String name,
    List<String> aliases,
    String summary,
    List<String> details,
    List<String> epilog,
    List<Option<?>> options,
    List<Parameter> parameters) {
  /** {@code -h}, {@code --help}: prints the command's help instead of running it. */
  public static final Option<Boolean> HELP = Option.flag("Show this help and exit", "-h", "--help");

  public Syntax {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    aliases = List.copyOf(aliases);
    details = List.copyOf(details);
    epilog = List.copyOf(epilog);
    options = List.copyOf(options);
    parameters = List.copyOf(parameters);
    for (int i = 0; i < parameters.size() - 1; i++) {
      if (parameters.get(i).rest()) {
        throw new IllegalArgumentException("only the last parameter may take the rest: " + name);
      }
    }
  }

  /** A command with no options or parameters yet. */
  public static Syntax of(String name, String summary) {
    return new Syntax(name, List.of(), summary, List.of(), List.of(), List.of(), List.of());
  }

  public Syntax withAliases(String... words) {
    return new Syntax(name, List.of(words), summary, details, epilog, options, parameters);
  }

  public Syntax withDetails(String... lines) {
    return new Syntax(name, aliases, summary, List.of(lines), epilog, options, parameters);
  }

  public Syntax withEpilog(String... lines) {
    return new Syntax(name, aliases, summary, details, List.of(lines), options, parameters);
  }

  public Syntax withOptions(Option<?>... more) {
    return new Syntax(name, aliases, summary, details, epilog, List.of(more), parameters);
  }

  public Syntax withParameters(Parameter... more) {
    return new Syntax(name, aliases, summary, details, epilog, options, List.of(more));
  }

  /** The options including {@link #HELP}, which help lists first. */
  public List<Option<?>> allOptions() {
    List<Option<?>> all = new ArrayList<>();
    all.add(HELP);
    all.addAll(options);
    return all;
  }

  /** Whether {@code word} selects this command (its name or an alias). */
  public boolean answersTo(String word) {
    return name.equals(word) || aliases.contains(word);
  }

  /** Parses the words after the command's name; see {@link ArgumentParser} for the rules. */
  public Arguments parse(List<String> words) throws UsageException {
    return new ArgumentParser(this).parse(words);
  }
}
