package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostPrefixesTest {
  // B23's host as /proc/net/route prints it: 172.31.59.129/20 with the default via 172.31.48.1.
  static final String AWS_ROUTES =
      """
      Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
      eth0\t00000000\t01301FAC\t0003\t0\t0\t100\t00000000\t0\t0\t0
      eth0\t00301FAC\t00000000\t0001\t0\t0\t100\t00F0FFFF\t0\t0\t0
      docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
      """;

  static final String AWS_FIB_TRIE =
      """
      Main:
        +-- 0.0.0.0/0 3 0 5
           |-- 0.0.0.0
              /0 universe UNICAST
           +-- 172.31.48.0/20 2 0 2
              |-- 172.31.48.0
                 /20 link UNICAST
              |-- 172.31.59.129
                 /32 host LOCAL
              |-- 172.31.63.255
                 /32 link BROADCAST
      Local:
        +-- 0.0.0.0/0 3 0 5
              |-- 172.31.59.129
                 /32 host LOCAL
              |-- 127.0.0.1
                 /32 host LOCAL
      """;

  @Test
  void routesGiveDestinationsAndGatewaysButNotTheDefaultRoute() {
    assertThat(HostPrefixes.parseRoutes(AWS_ROUTES))
        .containsExactly(
            Ipv4Prefix.of("172.31.48.1/32"),
            Ipv4Prefix.of("172.31.48.0/20"),
            Ipv4Prefix.of("172.17.0.0/16"));
  }

  @Test
  void theDefaultGatewaysAreTheGatewaysOfTheSlashZeroRoutesOnly() {
    String twoDefaults =
        AWS_ROUTES
            + "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
            + "eth0\t00000000\t01301FAC\t0003\t0\t0\t200\t00000000\t0\t0\t0\n"
            + "tun0\t0000000A\t0200000A\t0003\t0\t0\t0\t000000FF\t0\t0\t0\n";

    assertThat(HostPrefixes.parseDefaultGateways(twoDefaults))
        .containsExactly(Ipv4Address.of("172.31.48.1"), Ipv4Address.of("192.168.1.1"));
    assertThat(HostPrefixes.parseDefaultGateways("Iface\tDestination\n")).isEmpty();
  }

  @Test
  void fibTrieGivesLocalAddressesOnce() {
    assertThat(HostPrefixes.parseLocalAddresses(AWS_FIB_TRIE))
        .containsExactly(Ipv4Prefix.of("172.31.59.129/32"), Ipv4Prefix.of("127.0.0.1/32"));
  }

  @Test
  void readsBothFilesFromAProcNetDirectory(@TempDir Path procNet) throws Exception {
    Files.writeString(procNet.resolve("route"), AWS_ROUTES);
    Files.writeString(procNet.resolve("fib_trie"), AWS_FIB_TRIE);

    assertThat(HostPrefixes.read(procNet))
        .containsExactlyInAnyOrder(
            Ipv4Prefix.of("172.31.48.1/32"),
            Ipv4Prefix.of("172.31.48.0/20"),
            Ipv4Prefix.of("172.17.0.0/16"),
            Ipv4Prefix.of("172.31.59.129/32"),
            Ipv4Prefix.of("127.0.0.1/32"));
  }

  @Test
  void skipsMalformedRouteLines() {
    assertThat(HostPrefixes.parseRoutes("header\neth0 zz 00 0 0 0 0 00 0 0 0\nshort line\n"))
        .isEmpty();
  }

  @Test
  void readsThisHostWithoutADefaultRoutePrefix() throws Exception {
    List<Ipv4Prefix> prefixes = HostPrefixes.read();

    assertThat(prefixes).allSatisfy(p -> assertThat(p.length()).isPositive());
    assertThat(prefixes).contains(Ipv4Prefix.of("127.0.0.1/32"));
  }
}
