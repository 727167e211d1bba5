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
  static final Parameter ARGS = Parameter.rest("ARGS", "its options and arguments");

  /** {@code -V}, {@code --version}: a group that declares it prints knaller's version. */
  static final Option<Boolean> VERSION =
      Option.flag("Print knaller's version and exit", "-V", "--version");

  private static final String HELP_WORD = "help";
  private static final Syntax HELP =
      Syntax.of(HELP_WORD, "Show the help of a command")
          .withParameters(Parameter.rest("COMMAND", "the command"));

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

  private int helpFor(List<String> words) {
    if (words.isEmpty()) {
      return printHelp(qualifiedName, this);
    }
    Optional<Command> member = member(words.get(0));
    if (member.isEmpty()) {
      return usageError(qualifiedName, unknownCommand(words.get(0)));
    }
    return printHelp(qualifiedName + " " + member.get().syntax().name(), member.get());
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
    System.out.print(command.help(name));
    System.out.flush();
    return ExitCodes.SUCCESS;
  }

  private static int usageError(String name, UsageException e) {
    System.err.println("knaller: " + e.getMessage());
    System.err.println("Run '" + name + " --help' for usage.");
    return ExitCodes.USAGE;
  }
}
