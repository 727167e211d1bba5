package dev.knaller.cli;

import java.util.List;

/**
 * The workload the launcher records the JDK's AOT cache from (JEP 483/514): the commands users run
 * most, in one JVM, so their classes and linked call sites are in the cache. A class the training
 * never loaded is read from its jar at run time, and the first such read costs about 8 ms of
 * method-handle spinning on its own (measured on {@code version} with a cache trained on {@code
 * list} alone). The launcher runs this with an empty data directory and discards the output.
 */
public final class AotTraining {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("list"),
          List.of("list", "--json"),
          List.of("version"),
          List.of("--help"),
          List.of("start", "--help"),
          List.of("stop", "--name", "-"));

  private AotTraining() {}

  public static void main(String[] args) {
    for (List<String> command : COMMANDS) {
      Main.run(command.toArray(String[]::new));
    }
  }
}
