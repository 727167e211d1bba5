package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every knaller command line the READMEs show, in a shell block or inline, parses with the current
 * CLI (options, required options, positional parameters). Lines with placeholders in brackets or
 * alternatives ({@code a | b}), and an inline {@code knaller ssh} naming a subcommand, are prose,
 * not commands, and are skipped.
 */
class ReadmeCommandsTest {
  private static final Pattern INLINE = Pattern.compile("`((?:\\./)?knaller [^`]*)`");
  private static final Pattern SHELL_LINE = Pattern.compile("^(?:\\w+=\\S+ )*(\\./)?knaller .*");

  static List<String> commands() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> commands = new ArrayList<>();
    for (String readme : List.of("README.md", "knaller-emulator/README.md")) {
      String text = Files.readString(root.resolve(readme));
      Matcher inline = INLINE.matcher(text);
      while (inline.find()) {
        if (!inline.group(1).matches("knaller \\w+")) {
          commands.add(inline.group(1));
        }
      }
      text.lines().filter(line -> SHELL_LINE.matcher(line).matches()).forEach(commands::add);
    }
    return commands.stream().filter(c -> !c.contains("[") && !c.contains("|")).toList();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void parsesWithTheCurrentCli(String command) {
    String[] args = arguments(command);

    assertThat(args).isNotEmpty();
    assertThatCode(() -> Main.root().check(List.of(args))).as(command).doesNotThrowAnyException();
  }

  // Drops environment assignments and the program, and the shell's double quotes.
  private static String[] arguments(String command) {
    List<String> words = new ArrayList<>(Arrays.asList(command.replace("\"", "").split("\\s+")));
    while (!words.isEmpty() && !words.get(0).endsWith("knaller")) {
      words.remove(0);
    }
    return words.subList(1, words.size()).toArray(String[]::new);
  }
}
