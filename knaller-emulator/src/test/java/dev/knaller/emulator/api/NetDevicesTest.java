package dev.knaller.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetDevicesTest {
  @Test
  void namesAreReadFromProcNetDevSkippingTheHeaders() {
    String text =
        """
        Inter-|   Receive                            |  Transmit
         face |bytes    packets errs drop fifo frame compressed multicast|bytes
            lo:  1024      10    0    0    0     0          0         0  1024
        kn-web0: 0 0 0 0 0 0 0 0 0
          eth0:123456789 1 0 0 0 0 0 0 1
        """;

    assertThat(NetDevices.names(text)).containsExactly("lo", "kn-web0", "eth0");
  }

  @Test
  void thisNamespacesLoopbackExistsAndAnInventedDeviceDoesNot() {
    assertThat(NetDevices.exists("lo")).isTrue();
    assertThat(NetDevices.exists("kn-absent9")).isFalse();
  }
}
