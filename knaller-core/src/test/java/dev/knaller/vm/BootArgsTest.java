package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootArgsTest {
  private static final String IP =
      "ip=172.16.0.2::172.16.0.1:255.255.255.252:demo:eth0:off:10.0.0.2:10.0.0.3";

  @Test
  void knallersArgumentsComeFirstAndNeverPciOff() {
    String line = BootArgs.of(IP, " quiet ");

    assertThat(line).isEqualTo("console=ttyS0 reboot=k panic=1 " + IP + " quiet");
    assertThat(line).doesNotContain("pci=off");
  }

  @Test
  void aUsersPciOffIsDroppedWhenFirecrackerRunsWithPci() {
    assertThat(BootArgs.of(IP, "pci=off quiet", true))
        .isEqualTo("console=ttyS0 reboot=k panic=1 " + IP + " quiet");
    assertThat(BootArgs.of(IP, "pci=off", true)).isEqualTo("console=ttyS0 reboot=k panic=1 " + IP);
  }

  @Test
  void aUsersPciOffStaysWithoutPciAndOtherPciArgumentsStayAlways() {
    assertThat(BootArgs.of(IP, "pci=off quiet", false)).endsWith(IP + " pci=off quiet");
    assertThat(BootArgs.of(IP, "pci=noaer quiet", true)).endsWith(IP + " pci=noaer quiet");
  }

  @Test
  void noExtraArgumentsAddNoTrailingSpace() {
    assertThat(BootArgs.of(IP, "")).endsWith("10.0.0.3");
  }

  @Test
  void guestIpIsTheClientFieldOfIp() {
    assertThat(BootArgs.guestIp(BootArgs.of(IP, "quiet"))).hasValue("172.16.0.2");
  }

  @Test
  void noIpArgumentMeansNoGuestIp() {
    assertThat(BootArgs.guestIp("console=ttyS0 reboot=k")).isEmpty();
    assertThat(BootArgs.guestIp("ip=:::::eth0:dhcp")).isEmpty();
  }
}
