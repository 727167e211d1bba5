package dev.knaller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortAllocatorTest {
  private static final PortProbe ALL_FREE = port -> true;

  @Test
  void preferredPortIsDeterministicAndInTheRange() {
    for (int i = 0; i < 1000; i++) {
      int port = PortAllocator.preferredPort("vm-" + i);
      assertThat(port).isBetween(20_000, 29_999).isEqualTo(PortAllocator.preferredPort("vm-" + i));
    }
  }

  @Test
  void aFreePreferredPortIsUsed() throws Exception {
    assertThat(new PortAllocator(ALL_FREE).allocate("web", Set.of()))
        .isEqualTo(PortAllocator.preferredPort("web"));
  }

  @Test
  void portsOfLiveVmsAndBusyPortsAreSkippedUpwards() throws Exception {
    int preferred = PortAllocator.preferredPort("web");
    int busy = next(preferred, 1);
    PortAllocator allocator = new PortAllocator(port -> port != busy);

    assertThat(allocator.allocate("web", Set.of(preferred))).isEqualTo(next(preferred, 2));
  }

  @Test
  void theWalkWrapsAroundTheEndOfTheRange() throws Exception {
    String name = nameWithPreferredPort(29_999);

    assertThat(new PortAllocator(ALL_FREE).allocate(name, Set.of(29_999))).isEqualTo(20_000);
  }

  @Test
  void aFullRangeFailsNamingTheRange() {
    PortAllocator allocator = new PortAllocator(port -> false);

    assertThatThrownBy(() -> allocator.allocate("web", Set.of()))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("20000-29999")
        .hasMessageContaining("vm web");
  }

  // B18: two names with the same derived port never get the same port while both live.
  @Test
  void namesSharingAPreferredPortGetDistinctPorts() throws Exception {
    Map<Integer, String> seen = new HashMap<>();
    String[] pair =
        IntStream.rangeClosed(0, 5000)
            .mapToObj(i -> "vm-" + i)
            .map(
                name ->
                    new String[] {seen.putIfAbsent(PortAllocator.preferredPort(name), name), name})
            .filter(p -> p[0] != null)
            .findFirst()
            .orElseThrow();
    PortAllocator allocator = new PortAllocator(ALL_FREE);

    int first = allocator.allocate(pair[0], Set.of());
    int second = allocator.allocate(pair[1], Set.of(first));
    assertThat(second).isNotEqualTo(first).isEqualTo(next(first, 1));
  }

  // B18: a port someone else already listens on is detected by really binding 127.0.0.1.
  @Test
  void theLoopbackProbeSeesAPortBoundByAnotherSocket() throws Exception {
    ServerSocketChannel other = ServerSocketChannel.open();
    int taken;
    try (other) {
      other.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
      taken = ((InetSocketAddress) other.getLocalAddress()).getPort();

      assertThat(PortProbe.loopback().isFree(taken)).isFalse();
    }
    assertThat(PortProbe.loopback().isFree(taken)).isTrue();
  }

  @Test
  void theLoopbackAllocatorAvoidsAPortInUse() throws Exception {
    int preferred = PortAllocator.preferredPort("demo");
    try (ServerSocketChannel squatter = ServerSocketChannel.open()) {
      // If another process on this machine holds the port already, it is just as taken.
      if (PortProbe.loopback().isFree(preferred)) {
        squatter.bind(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), preferred));
      }

      assertThat(PortAllocator.loopback().allocate("demo", Set.of())).isNotEqualTo(preferred);
    }
  }

  private static int next(int port, int steps) {
    return 20_000 + (port - 20_000 + steps) % 10_000;
  }

  private static String nameWithPreferredPort(int port) {
    return IntStream.range(0, 1_000_000)
        .mapToObj(i -> "n" + i)
        .filter(name -> PortAllocator.preferredPort(name) == port)
        .findFirst()
        .orElseThrow();
  }
}
