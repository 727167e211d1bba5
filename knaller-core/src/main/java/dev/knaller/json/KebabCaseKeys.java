package dev.knaller.json;

/**
 * Marks a record whose keys are kebab-case ({@code bootSource} is {@code boot-source}) instead of
 * snake_case, as in Firecracker's {@code GET /vm/config}.
 *
 * <p>A marker type rather than {@link JsonName} on each component: the first annotation a JVM reads
 * costs a cold start about 30 ms (its proxy class is generated then), and {@code knaller list}
 * reads that answer for every VM.
 */
public interface KebabCaseKeys {}
