/**
 * A minimal JSON reader and writer (a tree of {@code Map}, {@code List}, {@code String}, {@code
 * Number}, {@code Boolean} and {@code null}) and a record binder, on the JDK alone.
 *
 * <p>No library: the Firecracker API needs compact output, snake_case keys, omitted nulls and
 * tolerance of unknown fields, which fit in a few hundred lines; a dependency would add jar weight
 * and class loading to every short-lived CLI run. The binder avoids annotations, lambdas and
 * pattern switches on its paths because each costs a cold JVM milliseconds on first use.
 */
package dev.knaller.json;
