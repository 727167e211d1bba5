package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubnetAllocatorTest {
  private static final Ipv4Prefix AWS_VPC = Ipv4Prefix.of("172.31.48.0/20");
  // What pasta copies from B23's host: its address, its subnet and the default gateway.
  private static final List<Ipv4Prefix> AWS_HOST =
      List.of(Ipv4Prefix.of("172.31.59.129/32"), AWS_VPC, Ipv4Prefix.of("172.31.48.1/32"));

  private final SubnetAllocator allocator = new SubnetAllocator();

  @Test
  void preferredSubnetIsADeterministicSlash30InThePool() {
    for (String name : List.of("web", "db", "vm-abc123", "x")) {
      Ipv4Prefix subnet = allocator.preferred(name);
      assertThat(subnet.length()).isEqualTo(30);
      assertThat(SubnetAllocator.DEFAULT_POOL.contains(subnet)).isTrue();
      assertThat(new SubnetAllocator().preferred(name)).isEqualTo(subnet);
    }
  }

  @Test
  void withoutHostPrefixesTheAllocationIsThePreferredSubnet() {
    assertThat(allocator.allocate("web", List.of())).contains(allocator.preferred("web"));
  }

  @Test
  void namesSpreadOverThePool() {
    long distinct =
        IntStream.range(0, 1000).mapToObj(i -> allocator.preferred("vm-" + i)).distinct().count();

    assertThat(distinct).isGreaterThan(990);
  }

  // B23: brute-force names whose hash lands in the host's /20, as the report describes.
  @Test
  void namesHashingIntoTheHostNetworkMoveDeterministicallyOutOfIt() {
    List<String> blockedNames =
        IntStream.range(0, 20_000)
            .mapToObj(i -> "vm-" + i)
            .filter(name -> AWS_VPC.contains(allocator.preferred(name)))
            .limit(5)
            .toList();

    assertThat(blockedNames).hasSize(5);
    for (String name : blockedNames) {
      Ipv4Prefix subnet = allocator.allocate(name, AWS_HOST).orElseThrow();
      assertThat(AWS_HOST).noneMatch(subnet::overlaps);
      assertThat(subnet.network().plus(1)).isNotEqualTo(Ipv4Address.of("172.31.48.1"));
      assertThat(new SubnetAllocator().allocate(name, AWS_HOST)).contains(subnet);
    }
  }

  // B23's worst case: the /30 whose gateway would be the copied default gateway itself.
  @Test
  void theSubnetHoldingTheDefaultGatewayIsSkippedEvenWhenOnlyTheGatewayIsKnown() {
    List<Ipv4Prefix> gatewayOnly = List.of(Ipv4Prefix.of("172.31.48.1/32"));
    SubnetAllocator tiny = new SubnetAllocator(Ipv4Prefix.of("172.31.48.0/29"));

    for (String name : List.of("a", "b", "c", "d", "e", "f")) {
      assertThat(tiny.allocate(name, gatewayOnly)).contains(Ipv4Prefix.of("172.31.48.4/30"));
    }
  }

  @Test
  void unblockedNamesKeepTheirPreferredSubnetOnTheAwsHost() {
    String name =
        IntStream.range(0, 100)
            .mapToObj(i -> "vm-" + i)
            .filter(n -> !AWS_VPC.contains(allocator.preferred(n)))
            .findFirst()
            .orElseThrow();

    assertThat(allocator.allocate(name, AWS_HOST)).contains(allocator.preferred(name));
  }

  @Test
  void aHostRouteCoveringThePoolLeavesNothing() {
    assertThat(allocator.allocate("web", List.of(Ipv4Prefix.of("172.16.0.0/12")))).isEmpty();
  }

  @Test
  void theWalkVisitsEverySubnetOfThePool() {
    SubnetAllocator small = new SubnetAllocator(Ipv4Prefix.of("10.0.0.0/24"));
    List<Ipv4Prefix> allButLast =
        IntStream.range(0, 63).mapToObj(i -> Ipv4Prefix.of("10.0.0." + i * 4 + "/30")).toList();

    assertThat(small.allocate("web", allButLast)).contains(Ipv4Prefix.of("10.0.0.252/30"));
  }
}
