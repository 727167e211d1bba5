package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.VmInfo;
import dev.knaller.VmState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VmTableTest {
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  private static final VmInfo RUNNING =
      new VmInfo(
          "web-1",
          VmState.RUNNING,
          OptionalInt.of(2),
          OptionalInt.of(1024),
          Optional.of("172.16.0.2"),
          OptionalInt.of(24022),
          OptionalLong.of(4242),
          Optional.of(NOW.minusSeconds(125)),
          Path.of("/d/sockets/web-1.socket"));
  private static final VmInfo DEAD =
      new VmInfo(
          "old",
          VmState.DEAD,
          OptionalInt.empty(),
          OptionalInt.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          OptionalLong.empty(),
          Optional.empty(),
          Path.of("/d/sockets/old.socket"));

  @Test
  void oneAlignedLinePerVmWithDashesForUnknownFacts() {
    assertThat(VmTable.of(List.of(RUNNING, DEAD), NOW))
        .isEqualTo(
            """
            NAME   STATE    VCPUS  MEMORY    GUEST-IP    SSH    PID   AGE
            web-1  running  2      1024 MiB  172.16.0.2  24022  4242  2m
            old    dead     -      -         -           -      -     -
            """);
  }

  @Test
  void ageUsesTheLargestUnitThatFits() {
    assertThat(VmTable.age(Duration.ofSeconds(59))).isEqualTo("59s");
    assertThat(VmTable.age(Duration.ofMinutes(61))).isEqualTo("1h");
    assertThat(VmTable.age(Duration.ofHours(49))).isEqualTo("2d");
    assertThat(VmTable.age(Duration.ofSeconds(-3))).isEqualTo("0s");
  }

  @Test
  void jsonHasTheSameFactsWithNullForUnknownOnes() {
    assertThat(VmJson.of(List.of(RUNNING, DEAD), NOW))
        .isEqualTo(
            "[\n"
                + "{\"name\":\"web-1\",\"state\":\"running\",\"vcpus\":2,\"memory_mib\":1024,"
                + "\"guest_ip\":\"172.16.0.2\",\"ssh_port\":24022,\"pid\":4242,"
                + "\"started_at\":\"2026-12-03T11:57:55Z\",\"age_seconds\":125,"
                + "\"socket\":\"/d/sockets/web-1.socket\"},\n"
                + "{\"name\":\"old\",\"state\":\"dead\",\"vcpus\":null,\"memory_mib\":null,"
                + "\"guest_ip\":null,\"ssh_port\":null,\"pid\":null,\"started_at\":null,"
                + "\"age_seconds\":null,\"socket\":\"/d/sockets/old.socket\"}\n"
                + "]\n");
  }
}
