package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the guest's knaller-net-setup against a fake root and a fake {@code ip} that logs. */
class GuestNetworkSetupTest {
  @TempDir Path root;

  @Test
  void configuresAddressRouteDnsAndHostnameFromIpArgument() throws Exception {
    List<String> ipCalls =
        run(
            "console=ttyS0 ip=172.30.0.2::172.30.0.1:255.255.255.252:web"
                + ":eth0:off:10.0.0.53:9.9.9.9 reboot=k",
            "eth0");

    assertThat(ipCalls)
        .containsExactly(
            "link set dev lo up",
            "link set dev eth0 up",
            "address replace 172.30.0.2/30 dev eth0",
            "route replace default via 172.30.0.1 dev eth0 onlink");
    assertThat(Files.readString(root.resolve("etc/resolv.conf")))
        .isEqualTo("nameserver 10.0.0.53\nnameserver 9.9.9.9\n");
    assertThat(Files.readString(root.resolve("proc/sys/kernel/hostname"))).isEqualTo("web\n");
  }

  @Test
  void fallsBackToTheFirstEthernetDeviceWhenTheNamedOneIsMissing() throws Exception {
    List<String> ipCalls = run("ip=10.1.2.6::10.1.2.5:255.255.255.0::eth0:off::", "ens3");

    assertThat(ipCalls).contains("address replace 10.1.2.6/24 dev ens3");
    assertThat(root.resolve("etc/resolv.conf")).hasContent("old");
  }

  @Test
  void leavesTheNetworkAloneWithoutAStaticIpArgument() throws Exception {
    assertThat(run("console=ttyS0 ip=dhcp", "eth0")).isEmpty();
    assertThat(run("console=ttyS0", "eth0")).isEmpty();
  }

  private List<String> run(String cmdline, String device) throws Exception {
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "needs /bin/sh");
    Files.createDirectories(root.resolve("proc/sys/kernel"));
    Files.writeString(root.resolve("proc/cmdline"), cmdline + "\n");
    Path net = Files.createDirectories(root.resolve("sys/class/net/" + device));
    Files.writeString(net.resolve("type"), "1\n");
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/resolv.conf"), "old");
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path log = root.resolve("ip.log");
    Files.deleteIfExists(log);
    Files.writeString(bin.resolve("ip"), "#!/bin/sh\necho \"$*\" >> \"" + log + "\"\n");
    bin.resolve("ip").toFile().setExecutable(true);
    Path script = root.resolve("knaller-net-setup");
    Files.write(script, GuestFiles.bytes("knaller-net-setup"));

    ToolCommand command =
        ToolCommand.of(
                "net setup", Duration.ofSeconds(20), List.of(sh.toString(), script.toString()))
            .withEnvironment(
                Map.of("KNALLER_NET_ROOT", root.toString(), "PATH", bin + ":/usr/bin:/bin"));
    new ProcessToolRunner().run(command, line -> {});
    return Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
  }
}
