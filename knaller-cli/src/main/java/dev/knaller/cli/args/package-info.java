/**
 * knaller's own command-line parsing: options and positional parameters declared as values, parsed
 * and converted in one pass, and help text rendered from the same declarations.
 *
 * <p>Why not picocli: it built the CLI's model by reflection over annotations at every start, and
 * its classes (Java 5 bytecode) are skipped by the JDK's AOT cache. Together that was about 70 of
 * the 105 ms a cold {@code knaller version} took (measured, see the README's performance section).
 * The handful of subcommands needs no more than this package.
 */
package dev.knaller.cli.args;
