package dev.knaller.firecracker.conformance;

import static dev.knaller.firecracker.conformance.Expectation.AFTER_START;
import static dev.knaller.firecracker.conformance.Expectation.BEFORE_START;
import static dev.knaller.firecracker.conformance.Expectation.faults;

import dev.knaller.firecracker.FirecrackerFeature;
import java.util.function.BiFunction;

/**
 * The expected outcome of one endpoint in every (profile, stage), written as the legality rules of
 * API-NOTES 2.2, 2.3 and 3: where the call is legal, the refusal elsewhere, the release that
 * brought it, and the cells that differ.
 */
final class Rule {
  private final BiFunction<ApiProfile, VmStage, Expectation> outcome;

  private Rule(BiFunction<ApiProfile, VmStage, Expectation> outcome) {
    this.outcome = outcome;
  }

  /** The outcome computed per cell, for results that depend on the release or the stage. */
  static Rule of(BiFunction<ApiProfile, VmStage, Expectation> outcome) {
    return new Rule(outcome);
  }

  /** Legal in every state. */
  static Rule always(Expectation success) {
    return new Rule((profile, stage) -> success);
  }

  /** Legal before boot; refused with the "after starting" phrase once the VM runs. */
  static Rule preBoot(Expectation success) {
    return new Rule((profile, stage) -> stage.preBoot() ? success : faults(AFTER_START));
  }

  /** Refused with the "before starting" phrase until the VM runs; legal after. */
  static Rule postBoot(Expectation success) {
    return new Rule((profile, stage) -> stage.preBoot() ? faults(BEFORE_START) : success);
  }

  Expectation expect(ApiProfile profile, VmStage stage) {
    return outcome.apply(profile, stage);
  }

  /** In {@code stage} the call does {@code expected} instead. */
  Rule in(VmStage stage, Expectation expected) {
    return new Rule((p, s) -> s == stage ? expected : expect(p, s));
  }

  /** Post-boot, releases with {@code feature} accept the call with {@code success} (hot-plug). */
  Rule afterBootSince(FirecrackerFeature feature, Expectation success) {
    return new Rule((p, s) -> !s.preBoot() && p.has(feature) ? success : expect(p, s));
  }

  /** Releases without {@code feature} are refused by the client before anything is sent. */
  Rule since(FirecrackerFeature feature) {
    return new Rule(
        (p, s) -> p.has(feature) ? expect(p, s) : new Expectation.RefusedLocally(feature));
  }

  /** The expectation in cells {@code where} accepts is computed by {@code override} instead. */
  Rule where(
      BiFunction<ApiProfile, VmStage, Boolean> where,
      BiFunction<ApiProfile, VmStage, Expectation> override) {
    return new Rule((p, s) -> where.apply(p, s) ? override.apply(p, s) : expect(p, s));
  }
}
