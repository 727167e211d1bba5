package dev.knaller.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTextTest {
  @Test
  void showsUsageSummaryAlignedOptionsAndParameters() {
    Syntax syntax =
        Syntax.of("ssh", "Log in.")
            .withDetails("More words.")
            .withOptions(
                Option.text("--name", "NAME", "the name").asRequired(),
                Option.flag("say more", "-v", "--verbose"))
            .withParameters(Parameter.one("HOST", "where"), Parameter.rest("CMD", "what"))
            .withEpilog("The end.");

    assertThat(HelpText.of("tool ssh", syntax, List.of()))
        .isEqualTo(
            """
            Usage: tool ssh --name=NAME [OPTIONS] HOST [CMD...]
            Log in.
            More words.

            Options:
              -h, --help       Show this help and exit
                  --name=NAME  the name
              -v, --verbose    say more

            Parameters:
              HOST      where
              [CMD...]  what

            The end.
            """);
  }

  @Test
  void aGroupListsItsCommandsWithTheirAliases() {
    Syntax group = Syntax.of("tool", "Does things.");
    List<Syntax> commands =
        List.of(Syntax.of("list", "Lists.").withAliases("ls"), Syntax.of("stop", "Stops."));

    assertThat(HelpText.of("tool", group, commands))
        .contains("Commands:\n  list, ls  Lists.\n  stop      Stops.\n");
  }
}
