package dev.knaller.cli.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentParserTest {
  private static final Option<String> NAME = Option.text("--name", "NAME", "the name");
  private static final Option<Path> FILE = Option.path("--file", "FILE", "a file");
  private static final Option<Integer> COUNT = Option.integer("--count", "N", "how many", "1 to 9");
  private static final Option<Boolean> VERBOSE = Option.flag("say more", "-v", "--verbose");
  private static final Option<String> ID = Option.text("--id", "ID", "required").asRequired();
  private static final Parameter TARGET = Parameter.one("TARGET", "where");
  private static final Parameter REST = Parameter.rest("COMMAND", "what");

  private static final Syntax OPTIONS =
      Syntax.of("demo", "d").withOptions(NAME, FILE, COUNT, VERBOSE);
  private static final Syntax POSITIONAL =
      Syntax.of("ssh", "s").withOptions(VERBOSE).withParameters(TARGET, REST);

  @Test
  void valuesComeWithEqualsOrAsTheNextWordAndAreConverted() throws UsageException {
    Arguments arguments = OPTIONS.parse(List.of("--name=web", "--file", "a b/c", "--count", "3"));

    assertThat(arguments.get(NAME)).contains("web");
    assertThat(arguments.get(FILE)).contains(Path.of("a b/c"));
    assertThat(arguments.get(COUNT)).contains(3);
    assertThat(arguments.has(VERBOSE)).isFalse();
    assertThat(arguments.get(COUNT, 1)).isEqualTo(3);
  }

  @Test
  void anOptionLeftOutFallsBackAndAFlagIsTrueWhenGiven() throws UsageException {
    Arguments arguments = OPTIONS.parse(List.of("-v"));

    assertThat(arguments.has(VERBOSE)).isTrue();
    assertThat(arguments.get(NAME)).isEmpty();
    assertThat(arguments.get(COUNT, 1)).isEqualTo(1);
  }

  @Test
  void aValueMayContainEqualsSignsAndStartWithADash() throws UsageException {
    Arguments arguments = OPTIONS.parse(List.of("--name=a=b", "--file", "-x"));

    assertThat(arguments.get(NAME)).contains("a=b");
    assertThat(arguments.get(FILE)).contains(Path.of("-x"));
  }

  @Test
  void anEmptyValueIsAValue() throws UsageException {
    assertThat(OPTIONS.parse(List.of("--name=")).get(NAME)).contains("");
  }

  @Test
  void anUnknownOptionIsNamedWithTheNearestKnownOne() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--nmae", "x")))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option '--nmae'; did you mean --name?");
  }

  @Test
  void aNonNumberNamesTheOptionAndTheAllowedRange() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--count", "many")))
        .hasMessage("option --count: 'many' is not a whole number; allowed: 1 to 9");
  }

  @Test
  void aRepeatedOptionIsAMistakeNotAnOverride() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--name", "a", "--name=b")))
        .hasMessage("option --name was given more than once");
  }

  @Test
  void aFlagTakesNoValue() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--verbose=true")))
        .hasMessageContaining("--verbose is a flag and takes no value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--name", "--name --count"})
  void aValueThatIsMissingOrIsAnotherOptionIsReported(String words) {
    assertThatThrownBy(() -> OPTIONS.parse(List.of(words.split(" ", -1))))
        .hasMessageStartingWith("option --name needs a value (NAME)");
  }

  @Test
  void aRequiredOptionOrParameterLeftOutIsReportedTogether() {
    Syntax syntax = Syntax.of("x", "x").withOptions(ID).withParameters(TARGET);

    assertThatThrownBy(() -> syntax.parse(List.of())).hasMessage("missing --id=ID and TARGET");
  }

  @Test
  void helpSkipsTheChecksForMissingWords() throws UsageException {
    Syntax syntax = Syntax.of("x", "x").withOptions(ID).withParameters(TARGET);

    assertThat(syntax.parse(List.of("--help")).helpRequested()).isTrue();
    assertThat(syntax.parse(List.of("-h")).helpRequested()).isTrue();
  }

  @Test
  void aStrayWordIsReportedWhenTheCommandTakesNone() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("web")))
        .hasMessage("unexpected argument 'web': demo takes no arguments");
  }

  @Test
  void theFirstPositionalWordEndsTheOptionsSoTheRestPassesOnVerbatim() throws UsageException {
    Arguments arguments = POSITIONAL.parse(List.of("-v", "web", "uname", "-a", "--help"));

    assertThat(arguments.has(VERBOSE)).isTrue();
    assertThat(arguments.helpRequested()).isFalse();
    assertThat(arguments.word(TARGET)).isEqualTo("web");
    assertThat(arguments.words(REST)).containsExactly("uname", "-a", "--help");
  }

  @Test
  void aDoubleDashBeforeTheRestIsASeparatorOnlyOnce() throws UsageException {
    assertThat(POSITIONAL.parse(List.of("web", "--", "ls", "--", "x")).words(REST))
        .containsExactly("ls", "--", "x");
    assertThat(POSITIONAL.parse(List.of("--", "web", "--", "ls")).words(REST))
        .containsExactly("--", "ls");
  }

  @Test
  void aDoubleDashLetsAPositionalWordStartWithADash() throws UsageException {
    assertThat(POSITIONAL.parse(List.of("--", "-web")).word(TARGET)).isEqualTo("-web");
  }

  @Test
  void aVerbatimRestKeepsTheSeparatorForTheParserItHandsTheWordsTo() throws UsageException {
    Parameter command = Parameter.optional("COMMAND", "which");
    Parameter words = Parameter.verbatim("ARGS", "its words");
    Syntax group = Syntax.of("tool", "t").withParameters(command, words);

    assertThat(group.parse(List.of("list", "--", "--json")).words(words))
        .containsExactly("--", "--json");
  }

  @Test
  void aNumberTooLargeIsOutOfRangeNotANonNumber() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--count", "99999999999")))
        .hasMessage("option --count: '99999999999' is out of range; allowed: 1 to 9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0663", "3.0", "0x3", "", " "})
  void onlyAsciiDigitsWithAnOptionalSignAreAWholeNumber(String text) {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--count=" + text)))
        .hasMessageContaining("is not a whole number");
  }

  @Test
  void signsAndSurroundingBlanksAreFine() throws UsageException {
    assertThat(OPTIONS.parse(List.of("--count", " -4 ")).get(COUNT)).contains(-4);
    assertThat(OPTIONS.parse(List.of("--count=+4")).get(COUNT)).contains(4);
  }

  @Test
  void anEmptyPathIsRefusedRatherThanTakenAsTheWorkingDirectory() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--file=")))
        .hasMessage("option --file: the file path is empty");
  }

  @Test
  void anOptionAsTheValueOfAnotherNamesTheEqualsForm() {
    assertThatThrownBy(() -> OPTIONS.parse(List.of("--name", "--count")))
        .hasMessageContaining("write --name=--count");
  }

  @Test
  void aStrayWordWhereOneRequiredOptionIsExpectedSuggestsThatOption() {
    Syntax stop = Syntax.of("stop", "s").withOptions(ID);

    assertThatThrownBy(() -> stop.parse(List.of("web")))
        .hasMessage("unexpected argument 'web': stop takes no arguments; did you mean --id web?");
  }

  @Test
  void aRestParameterMayBeEmpty() throws UsageException {
    assertThat(POSITIONAL.parse(List.of("web")).words(REST)).isEmpty();
  }
}
