package dev.knaller.cli.args;

import java.util.Objects;

/**
 * A positional parameter, required unless it is optional or a rest parameter. A command has at most
 * one rest parameter, and it comes last: it takes every word after the ones before it as they are,
 * options included, the way {@code ssh HOST COMMAND...} does. Like {@link Option}, a parameter is a
 * constant, equal only to itself.
 */
public final class Parameter {
  private final String label;
  private final String description;
  private final boolean rest;
  private final boolean optional;
  private final boolean verbatim;

  private Parameter(
      String label, String description, boolean rest, boolean optional, boolean verbatim) {
    this.label = Objects.requireNonNull(label, "label");
    this.description = Objects.requireNonNull(description, "description");
    this.rest = rest;
    this.optional = optional;
    this.verbatim = verbatim;
  }

  /** A required single word. */
  public static Parameter one(String label, String description) {
    return new Parameter(label, description, false, false, false);
  }

  /** A single word that may be left out. */
  public static Parameter optional(String label, String description) {
    return new Parameter(label, description, false, true, false);
  }

  /** Zero or more words, taken verbatim. */
  public static Parameter rest(String label, String description) {
    return new Parameter(label, description, true, true, false);
  }

  /**
   * Zero or more words handed on to another parser exactly as typed, a {@code --} among them
   * included: a command group's subcommand must see its own end-of-options marker.
   */
  public static Parameter verbatim(String label, String description) {
    return new Parameter(label, description, true, true, true);
  }

  /** What the word is, e.g. {@code NAME}. */
  public String label() {
    return label;
  }

  /** One line of help. */
  public String description() {
    return description;
  }

  /** Whether it takes all remaining words (zero or more). */
  public boolean rest() {
    return rest;
  }

  /** Whether a rest parameter keeps a leading {@code --} (see {@link #verbatim}). */
  public boolean verbatim() {
    return verbatim;
  }

  /** Whether it may be left out (a rest parameter always may). */
  public boolean optional() {
    return optional;
  }
}
