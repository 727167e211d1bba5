package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KernelIpArgumentTest {
  private static final Ipv4Address GUEST = Ipv4Address.of("172.16.0.2");
  private static final Ipv4Address GATEWAY = Ipv4Address.of("172.16.0.1");
  private static final Ipv4Address MASK = Ipv4Address.of("255.255.255.252");

  @Test
  void twoServersFillBothDnsFields() {
    KernelIpArgument argument =
        new KernelIpArgument(
            GUEST,
            GATEWAY,
            MASK,
            "web",
            List.of(Ipv4Address.of("10.0.0.2"), Ipv4Address.of("10.0.0.3")));

    assertThat(argument.bootArgument())
        .isEqualTo("ip=172.16.0.2::172.16.0.1:255.255.255.252:web:eth0:off:10.0.0.2:10.0.0.3");
  }

  @Test
  void oneServerLeavesTheSecondFieldEmptyButPresent() {
    KernelIpArgument argument =
        new KernelIpArgument(GUEST, GATEWAY, MASK, "web", List.of(Ipv4Address.of("192.168.255.1")));

    assertThat(argument.bootArgument())
        .isEqualTo("ip=172.16.0.2::172.16.0.1:255.255.255.252:web:eth0:off:192.168.255.1:");
    assertThat(argument.fields()).hasSize(9);
    assertThat(argument.bootArgument().substring(3).split(":", -1)).hasSize(9);
  }

  @Test
  void builtFromAPlanUsesItsAddresses() throws Exception {
    NetworkPlan plan = new NetworkPlanner().plan("db", List.of());

    KernelIpArgument argument = KernelIpArgument.of(plan, "db", DnsServers.FALLBACK);
    assertThat(argument.fields())
        .containsExactly(
            plan.guest().toString(),
            "",
            plan.gateway().toString(),
            "255.255.255.252",
            "db",
            "eth0",
            "off",
            "1.1.1.1",
            "8.8.8.8");
  }

  @Test
  void refusesMoreThanTwoServersAndHostnamesThatWouldShiftFields() {
    List<Ipv4Address> three = List.of(GATEWAY, GATEWAY, GATEWAY);

    assertThatThrownBy(() -> new KernelIpArgument(GUEST, GATEWAY, MASK, "web", three))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KernelIpArgument(GUEST, GATEWAY, MASK, "a:b", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KernelIpArgument(GUEST, GATEWAY, MASK, "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
