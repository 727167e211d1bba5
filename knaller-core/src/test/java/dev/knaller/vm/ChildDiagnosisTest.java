package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ChildDiagnosisTest {
  private static final Path SOCKET = Path.of("/data/sockets/demo.socket");

  @Test
  void aKvmPermissionErrorGetsTheKvmHint() {
    String reason =
        ChildDiagnosis.beforeApi(
            SOCKET,
            OptionalInt.of(1),
            "Error: Cannot open /dev/kvm: permission denied (os error 13)");

    assertThat(reason)
        .contains("exited with status 1 before the API socket " + SOCKET)
        .contains("/dev/kvm (add the user to the kvm group");
  }

  @Test
  void aFailedLaunchScriptStepIsNamed() {
    String reason =
        ChildDiagnosis.beforeApi(
            SOCKET,
            OptionalInt.of(127),
            "sh: 28: /usr/sbin/nft: not found\nknaller-launch: failed step: install nftables NAT rules");

    assertThat(reason)
        .startsWith("the launch script in pasta's namespace failed at 'install nftables NAT rules'")
        .contains("status 127")
        .contains("apt install nftables");
  }

  @Test
  void anInstanceStartFaultOnKvmGetsTheKvmHint() {
    String reason =
        ChildDiagnosis.apiFailure(
            "PUT /actions InstanceStart: 400 Bad Request: Failed to create vCPU: Kvm(Error(13))"
                + " Permission denied (os error 13)",
            "");

    assertThat(reason)
        .endsWith(
            "; check read/write access to /dev/kvm (add the user to the kvm"
                + " group or grant an ACL)");
  }

  @Test
  void aKvmLineInTheStderrTailAlsoGetsTheHint() {
    assertThat(ChildDiagnosis.apiFailure("GET /: connection reset", "Cannot open /dev/kvm"))
        .startsWith("GET /: connection reset")
        .contains("kvm group");
  }

  @Test
  void anUnrelatedFaultGetsNoHint() {
    assertThat(ChildDiagnosis.apiFailure("PUT /drives/rootfs: 400: no such file", "warn: slow"))
        .isEqualTo("PUT /drives/rootfs: 400: no such file");
  }
}
