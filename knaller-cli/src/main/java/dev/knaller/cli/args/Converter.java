package dev.knaller.cli.args;

/** Turns an option's text into its value, or says why the text is not one. */
@FunctionalInterface
public interface Converter<T> {
  T convert(String text) throws UsageException;
}
