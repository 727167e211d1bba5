package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkPlannerTest {
  private final NetworkPlanner planner = new NetworkPlanner();

  @ParameterizedTest
  @CsvSource({"web, kn-web", "web-server-1, kn-web-server-1", "web-server-2, kn-web-server-2"})
  void shortNamesKeepTheirNameInTheTap(String name, String tap) {
    assertThat(NetworkPlanner.tapName(name)).isEqualTo(tap);
  }

  // B16: names too long or not ASCII-safe fall back to kn- plus 8 hex digits.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ÜÜÜÜÜÜÜÜ",
        "日本語のテスト",
        "my vm",
        "a:b",
        "a/b",
        "web-server-12",
        "x123456789012345678901234567890"
      })
  void otherNamesGetAHashedTapNameThatTheKernelAccepts(String name) {
    String tap = NetworkPlanner.tapName(name);

    assertThat(tap).matches("kn-[0-9a-f]{8}");
    assertThat(tap.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(15);
  }

  @Test
  void longNamesSharingAPrefixGetDistinctTapNames() {
    List<String> taps =
        IntStream.range(0, 100)
            .mapToObj(i -> NetworkPlanner.tapName("web-server-long-" + i))
            .toList();

    assertThat(taps).doesNotHaveDuplicates();
  }

  @Test
  void everyTapNameFitsIfnamsizAndTheCharacterRule() {
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      String tap = NetworkPlanner.tapName(randomName(random));
      assertThat(tap).matches("^[A-Za-z0-9_-]+$");
      assertThat(tap.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(15);
    }
  }

  // B16: 1000 names cover hash bytes 0x00-0x0F, so single-digit octets must be zero-padded.
  @Test
  void everyMacIsAUnicastLocallyAdministeredAaFc00Address() {
    boolean sawLowOctet = false;
    for (int i = 0; i < 1000; i++) {
      String mac = NetworkPlanner.guestMac("vm-" + i);
      assertThat(mac).matches("^AA:FC:00(:[0-9A-F]{2}){3}$").hasSize(17);
      sawLowOctet |= mac.substring(9).matches(".*0[0-9A-F].*");
    }
    int firstOctet = 0xAA;
    assertThat(firstOctet & 0x01).as("multicast bit").isZero();
    assertThat(firstOctet & 0x02).as("locally administered bit").isEqualTo(2);
    assertThat(sawLowOctet).isTrue();
  }

  @Test
  void planPutsTheGatewayOnTheTapAndTheGuestBehindIt() throws Exception {
    NetworkPlan plan = planner.plan("web", List.of());
    Ipv4Prefix subnet = new SubnetAllocator().preferred("web");

    assertThat(plan.subnet()).isEqualTo(subnet);
    assertThat(plan.gateway()).isEqualTo(subnet.network().plus(1));
    assertThat(plan.guest()).isEqualTo(subnet.network().plus(2));
    assertThat(plan.netmask()).hasToString("255.255.255.252");
    assertThat(plan.gatewayWithLength()).isEqualTo(plan.gateway() + "/30");
    assertThat(plan.tapName()).isEqualTo("kn-web");
    assertThat(plan.guestMac()).isEqualTo(NetworkPlanner.guestMac("web"));
    assertThat(planner.plan("web", List.of())).isEqualTo(plan);
  }

  @Test
  void planFailsClearlyWhenTheHostCoversThePool() {
    assertThatThrownBy(() -> planner.plan("web", List.of(Ipv4Prefix.of("172.16.0.0/12"))))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("172.16.0.0/12")
        .hasMessageContaining("vm web");
  }

  private static String randomName(Random random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-ÜüßÄ日本 :/@";
    int length = 1 + random.nextInt(40);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      name.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return name.toString();
  }
}
