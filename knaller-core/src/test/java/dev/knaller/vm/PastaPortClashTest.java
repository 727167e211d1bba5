package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PastaPortClashTest {
  @Test
  void pastasBindFailureOnTheForwardIsAClash() {
    assertThat(
            PastaPortClash.in(
                "Failed to send 67 bytes to syslog\n"
                    + "Failed to bind any port for '-t 127.0.0.1/23456:22', exiting"))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(PastaPortClash.in("Cannot open /dev/kvm: permission denied (os error 13)"))
        .isFalse();
    assertThat(PastaPortClash.in("")).isFalse();
  }

  @Test
  void theFinalFailureNamesThePortAndSaysItIsInUse() {
    StepException last = new StepException("died", OptionalInt.of(1), "Failed to bind", null);

    StepException failure = PastaPortClash.failure(20_123, 3, last);

    assertThat(failure.getMessage()).contains("127.0.0.1:20123").contains("in use");
    assertThat(failure.exitStatus()).hasValue(1);
  }
}
