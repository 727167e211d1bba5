package dev.knaller.cli;

import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.HelpText;
import dev.knaller.cli.args.Option;
import dev.knaller.cli.args.Parameter;
import dev.knaller.cli.args.Suggestion;
import dev.knaller.cli.args.Syntax;
import dev.knaller.cli.args.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command made of subcommands ({@code knaller} itself, {@code knaller image}): its first word
 * picks the subcommand, which parses the words after it. Usage errors are reported here, where the
 * full name of the command that rejected the words is known, so the hint names the right help.
 */
final class CommandGroup implements Command {
  static final Parameter COMMAND = Parameter.optional("COMMAND", "the subcommand to run");
  static final Parameter ARGS = Parameter.verbatim("ARGS", "its options and arguments");

  /** {@code -V}, {@code --version}: a group that declares it prints knaller's version. */
  static final Option<Boolean> VERSION =
      Option.flag("Print knaller's version and exit", "-V", "--version");

  private static final String HELP_WORD = "help";
  private static final Parameter TOPIC =
      Parameter.rest("COMMAND", "the command, e.g. start or image build");
  private static final Syntax HELP =
      Syntax.of(HELP_WORD, "Show the help of a command").withParameters(TOPIC);

  private final String qualifiedName;
  private final Syntax syntax;
  private final List<Command> members;

  /** {@code syntax} gets the parameters COMMAND and ARGS; options it declares are the group's. */
  CommandGroup(String qualifiedName, Syntax syntax, List<Command> members) {
    this.qualifiedName = qualifiedName;
    this.syntax = syntax.withParameters(COMMAND, ARGS);
    this.members = List.copyOf(members);
  }

  @Override
  public Syntax syntax() {
    return syntax;
  }

  /** Parses the group's own words and runs the subcommand they name; returns the exit code. */
  int execute(List<String> words) throws Exception {
    Arguments arguments;
    try {
      arguments = syntax.parse(words);
    } catch (UsageException e) {
      return usageError(qualifiedName, e);
    }
    if (arguments.helpRequested()) {
      return printHelp(qualifiedName, this);
    }
    return run(arguments);
  }

  @Override
  public int run(Arguments arguments) throws Exception {
    if (syntax.options().contains(VERSION) && arguments.has(VERSION)) {
      System.out.println("knaller " + KnallerVersion.current());
      return ExitCodes.SUCCESS;
    }
    if (arguments.words(COMMAND).isEmpty()) {
      System.err.print(help(qualifiedName));
      return ExitCodes.USAGE;
    }
    String word = arguments.word(COMMAND);
    List<String> rest = arguments.words(ARGS);
    if (word.equals(HELP_WORD)) {
      return helpFor(rest);
    }
    Optional<Command> member = member(word);
    if (member.isEmpty()) {
      return usageError(qualifiedName, unknownCommand(word));
    }
    return dispatch(member.get(), rest);
  }

  /**
   * Parses {@code words} down to the subcommand they name, without running it: a check that a
   * documented command line fits the current syntax.
   */
  void check(List<String> words) throws UsageException {
    Arguments arguments = syntax.parse(words);
    if (arguments.words(COMMAND).isEmpty() || arguments.word(COMMAND).equals(HELP_WORD)) {
      return;
    }
    String word = arguments.word(COMMAND);
    Command member = member(word).orElseThrow(() -> unknownCommand(word));
    if (member instanceof CommandGroup group) {
      group.check(arguments.words(ARGS));
    } else {
      member.syntax().parse(arguments.words(ARGS));
    }
  }

  @Override
  public String help(String name) {
    List<Syntax> listed = new ArrayList<>(members.stream().map(Command::syntax).toList());
    listed.add(HELP);
    return HelpText.of(name, syntax, listed);
  }

  private int dispatch(Command member, List<String> words) throws Exception {
    String name = qualifiedName + " " + member.syntax().name();
    if (member instanceof CommandGroup group) {
      return group.execute(words);
    }
    try {
      Arguments arguments = member.syntax().parse(words);
      return arguments.helpRequested() ? printHelp(name, member) : member.run(arguments);
    } catch (UsageException e) {
      return usageError(name, e);
    }
  }

  // "help [COMMAND...]" parses like any command, so "help -h" is help on help.
  private int helpFor(List<String> words) {
    String name = qualifiedName + " " + HELP_WORD;
    try {
      Arguments arguments = HELP.parse(words);
      return arguments.helpRequested()
          ? printText(HelpText.of(name, HELP, List.of()))
          : describe(arguments.words(TOPIC));
    } catch (UsageException e) {
      return usageError(name, e);
    }
  }

  // Prints the help of the command the words name, through nested groups ("help image build").
  private int describe(List<String> path) throws UsageException {
    if (path.isEmpty()) {
      return printHelp(qualifiedName, this);
    }
    String word = path.get(0);
    List<String> rest = path.subList(1, path.size());
    if (word.equals(HELP_WORD) && rest.isEmpty()) {
      return printText(HelpText.of(qualifiedName + " " + HELP_WORD, HELP, List.of()));
    }
    Command member = member(word).orElseThrow(() -> unknownCommand(word));
    if (member instanceof CommandGroup group) {
      return group.describe(rest);
    }
    if (!rest.isEmpty()) {
      throw new UsageException(
          "unexpected argument '" + rest.get(0) + "': " + word + " has no subcommands");
    }
    return printHelp(qualifiedName + " " + word, member);
  }

  private Optional<Command> member(String word) {
    return members.stream().filter(m -> m.syntax().answersTo(word)).findFirst();
  }

  private UsageException unknownCommand(String word) {
    List<String> names = new ArrayList<>(List.of(HELP_WORD));
    members.forEach(m -> names.add(m.syntax().name()));
    return new UsageException("unknown command '" + word + "'" + Suggestion.among(word, names));
  }

  private static int printHelp(String name, Command command) {
    return printText(command.help(name));
  }

  private static int printText(String text) {
    System.out.print(text);
    System.out.flush();
    return ExitCodes.SUCCESS;
  }

  private static int usageError(String name, UsageException e) {
    System.err.println("knaller: " + e.getMessage());
    System.err.println("Run '" + name + " --help' for usage.");
    return ExitCodes.USAGE;
  }
}
