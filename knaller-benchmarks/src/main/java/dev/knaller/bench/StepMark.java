package dev.knaller.bench;

/** A start step and the {@link System#nanoTime()} at which it began. */
record StepMark(long nanos, String step) {}
