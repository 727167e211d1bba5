package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4PrefixTest {
  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "255.255.255.255", "172.31.59.129"})
  void parsesAndPrintsDottedQuads(String text) {
    assertThat(Ipv4Address.parse(text)).hasValueSatisfying(a -> assertThat(a).hasToString(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.2.3",
        "1.2.3.4.5",
        "256.0.0.1",
        "010.0.0.1",
        "1.2.3.-4",
        "+1.2.3.4",
        "1..2.3",
        "a.b.c.d",
        "fe80::1",
        "1.2.3.4 ",
        "1.2.3.4%2",
        "1111.2.3.4"
      })
  void refusesAnythingButStrictDottedQuads(String text) {
    assertThat(Ipv4Address.parse(text)).isEmpty();
  }

  @Test
  void clearsHostBitsSoEqualNetworksAreEqual() {
    assertThat(Ipv4Prefix.of("172.31.59.129/20")).isEqualTo(Ipv4Prefix.of("172.31.48.0/20"));
    assertThat(Ipv4Prefix.of("172.31.59.129/20")).hasToString("172.31.48.0/20");
    assertThat(Ipv4Prefix.of("10.1.2.3")).hasToString("10.1.2.3/32");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4/33", "1.2.3.4/", "1.2.3.4/-1", "1.2.3/8", "1.2.3.4/8/8"})
  void refusesBadPrefixes(String text) {
    assertThat(Ipv4Prefix.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "172.31.48.0/20, 172.31.48.0/30, true",
    "172.31.48.0/30, 172.31.48.0/20, true",
    "172.31.48.0/20, 172.31.64.0/30, false",
    "172.31.48.1/32, 172.31.48.0/30, true",
    "172.31.48.4/32, 172.31.48.0/30, false",
    "0.0.0.0/0, 10.0.0.0/8, true",
  })
  void overlapIsSymmetric(String a, String b, boolean overlap) {
    assertThat(Ipv4Prefix.of(a).overlaps(Ipv4Prefix.of(b))).isEqualTo(overlap);
    assertThat(Ipv4Prefix.of(b).overlaps(Ipv4Prefix.of(a))).isEqualTo(overlap);
  }

  @Test
  void containmentNetmaskAndLastAddress() {
    Ipv4Prefix subnet = Ipv4Prefix.of("172.16.0.4/30");

    assertThat(subnet.netmask()).hasToString("255.255.255.252");
    assertThat(subnet.lastAddress()).hasToString("172.16.0.7");
    assertThat(subnet.contains(Ipv4Address.of("172.16.0.6"))).isTrue();
    assertThat(subnet.contains(Ipv4Address.of("172.16.0.8"))).isFalse();
    assertThat(Ipv4Prefix.of("172.16.0.0/12").contains(subnet)).isTrue();
    assertThat(subnet.contains(Ipv4Prefix.of("172.16.0.0/12"))).isFalse();
    assertThat(Ipv4Prefix.of("0.0.0.0/0").netmask()).hasToString("0.0.0.0");
  }
}
