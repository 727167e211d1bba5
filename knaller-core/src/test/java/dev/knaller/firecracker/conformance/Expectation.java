package dev.knaller.firecracker.conformance;

import dev.knaller.firecracker.FirecrackerFeature;

/** What one call must do in one (profile, stage) cell of the conformance table. */
sealed interface Expectation {
  /** Phrase of API-NOTES 2.2 for calls refused before InstanceStart or snapshot load. */
  String BEFORE_START = "The requested operation is not supported before starting the microVM.";

  /** Phrase of API-NOTES 2.2 for calls refused after InstanceStart or snapshot load. */
  String AFTER_START = "The requested operation is not supported after starting the microVM.";

  /** Success of a call that returns nothing (a 204). */
  Expectation NO_CONTENT = new Succeeds(Void.class, null);

  /**
   * The call succeeds; its result has type {@code type} and, unless {@code value} is null, equals
   * {@code value}.
   */
  record Succeeds(Class<?> type, Object value) implements Expectation {
    @Override
    public String toString() {
      return value != null ? "returns " + value : "succeeds with " + type.getSimpleName();
    }
  }

  /** The server answers 400 with exactly {@code faultMessage}. */
  record Faults(String faultMessage) implements Expectation {
    @Override
    public String toString() {
      return "400 " + faultMessage;
    }
  }

  /** The client refuses before sending, because the release lacks {@code feature}. */
  record RefusedLocally(FirecrackerFeature feature) implements Expectation {
    @Override
    public String toString() {
      return "refused locally: " + feature;
    }
  }

  static Expectation returnsA(Class<?> type) {
    return new Succeeds(type, null);
  }

  static Expectation returns(Object value) {
    return new Succeeds(value.getClass(), value);
  }

  static Expectation faults(String faultMessage) {
    return new Faults(faultMessage);
  }
}
