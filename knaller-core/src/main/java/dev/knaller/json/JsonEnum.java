package dev.knaller.json;

/**
 * An enum whose constants travel under a name of their own, such as {@code InstanceStart}, {@code
 * Not started} or {@code 2M}. Enums that do not implement it travel as {@link Enum#name()}.
 *
 * <p>An interface rather than an annotation on each constant: the first annotation a JVM reads
 * costs a cold start tens of milliseconds (the annotation proxy class is generated then).
 */
public interface JsonEnum {
  /** The exact value on the wire. */
  String wireName();
}
