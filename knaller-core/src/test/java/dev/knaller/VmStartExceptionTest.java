package dev.knaller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VmStartExceptionTest {
  @Test
  void messageNamesStepVmExitStatusAndStderrTail() {
    VmStartException e =
        new VmStartException(
            "wait for the API socket",
            "demo",
            "Firecracker exited",
            OptionalInt.of(1),
            "line one\nCannot open /dev/kvm: permission denied (os error 13)",
            null);

    assertThat(e.step()).isEqualTo("wait for the API socket");
    assertThat(e.vmName()).isEqualTo("demo");
    assertThat(e.exitStatus()).hasValue(1);
    assertThat(e.stderrTail()).hasValueSatisfying(tail -> assertThat(tail).contains("os error 13"));
    assertThat(e.getMessage())
        .startsWith("vm demo failed to start at step 'wait for the API socket': Firecracker exited")
        .contains("child exit status: 1")
        .contains("    Cannot open /dev/kvm: permission denied (os error 13)");
  }

  @Test
  void withoutAChildTheMessageHasNoChildLines() {
    VmStartException e =
        new VmStartException("copy the rootfs", "demo", "disk full", OptionalInt.empty(), "", null);

    assertThat(e.getMessage()).doesNotContain("child");
    assertThat(e.stderrTail()).isEmpty();
  }
}
