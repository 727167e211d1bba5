package dev.knaller.firecracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.firecracker.FirecrackerApiException;
import dev.knaller.firecracker.FirecrackerUnsupportedException;
import java.util.concurrent.Callable;

/** Checks a call's outcome against an {@link Expectation}. */
final class Outcomes {
  private Outcomes() {}

  static void assertMeets(Expectation expected, Callable<?> call) throws Exception {
    switch (expected) {
      case Expectation.Succeeds success -> assertSucceeds(success, call.call());
      case Expectation.Faults fault ->
          assertThatThrownBy(call::call)
              .isInstanceOfSatisfying(
                  FirecrackerApiException.class,
                  e -> {
                    assertThat(e.faultMessage()).isEqualTo(fault.faultMessage());
                    assertThat(e.status()).isEqualTo(400);
                  });
      case Expectation.RefusedLocally refusal ->
          assertThatThrownBy(call::call)
              .isInstanceOfSatisfying(
                  FirecrackerUnsupportedException.class,
                  e -> assertThat(e.feature()).isEqualTo(refusal.feature()));
    }
  }

  private static void assertSucceeds(Expectation.Succeeds success, Object result) {
    if (success.type() == Void.class) {
      assertThat(result).isNull();
      return;
    }
    assertThat(result).isInstanceOf(success.type());
    if (success.value() != null) {
      assertThat(result).isEqualTo(success.value());
    }
  }
}
