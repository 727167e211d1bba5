package dev.knaller.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {
  private static final List<String> COMMANDS = List.of("start", "stop", "list", "version");

  @Test
  void suggestsTheNearestWordWithinTwoEdits() {
    assertThat(Suggestion.among("sotp", COMMANDS)).isEqualTo("; did you mean stop?");
    assertThat(Suggestion.among("lsit", COMMANDS)).isEqualTo("; did you mean list?");
  }

  @Test
  void suggestsTheWordAnAbbreviationStarts() {
    assertThat(Suggestion.among("vers", COMMANDS)).isEqualTo("; did you mean version?");
  }

  @Test
  void aKnownWordAtTheStartOfALongerTypedOneIsMeant() {
    assertThat(Suggestion.among("--memory", List.of("--mem", "--name")))
        .isEqualTo("; did you mean --mem?");
  }

  @Test
  void caseIsIgnoredAndNothingIsSuggestedForAnEmptyWord() {
    assertThat(Suggestion.among("START", COMMANDS)).isEqualTo("; did you mean start?");
    assertThat(Suggestion.among("", COMMANDS)).isEmpty();
  }

  @Test
  void suggestsNothingForAFarOffWord() {
    assertThat(Suggestion.among("bogus", COMMANDS)).isEmpty();
  }

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Suggestion.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestion.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestion.distance("same", "same")).isZero();
  }
}
