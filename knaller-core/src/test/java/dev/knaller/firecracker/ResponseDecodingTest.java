package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.firecracker.model.CacheType;
import dev.knaller.firecracker.model.FullVmConfiguration;
import dev.knaller.firecracker.model.HugePages;
import dev.knaller.firecracker.model.InstanceInfo;
import dev.knaller.firecracker.model.InstanceState;
import dev.knaller.firecracker.model.IoEngine;
import dev.knaller.firecracker.model.MachineConfiguration;
import dev.knaller.json.JsonBinder;
import org.junit.jupiter.api.Test;

/** Answers shaped like real Firecracker's bind to the models. */
class ResponseDecodingTest {
  @Test
  void readsTheVmConfigWithKebabCaseKeysAndNullsForUnsetParts() {
    String answer =
        "{\"balloon\":null,\"drives\":[{\"drive_id\":\"rootfs\",\"partuuid\":null,"
            + "\"is_root_device\":true,\"cache_type\":\"Unsafe\",\"is_read_only\":false,"
            + "\"path_on_host\":\"/vm/rootfs.ext4\",\"rate_limiter\":null,\"io_engine\":\"Sync\","
            + "\"socket\":null}],\"boot-source\":{\"kernel_image_path\":\"/img/vmlinux\","
            + "\"initrd_path\":null,\"boot_args\":\"console=ttyS0 ip=172.16.0.2::172.16.0.1\"},"
            + "\"cpu-config\":null,\"logger\":null,\"machine-config\":{\"vcpu_count\":2,"
            + "\"mem_size_mib\":512,\"smt\":false,\"track_dirty_pages\":false,"
            + "\"huge_pages\":\"None\"},\"metrics\":null,\"mmds-config\":null,"
            + "\"network-interfaces\":[{\"iface_id\":\"eth0\",\"host_dev_name\":\"tap0\","
            + "\"guest_mac\":\"06:00:ac:10:00:02\",\"rx_rate_limiter\":null,"
            + "\"tx_rate_limiter\":null}],\"vsock\":null,\"entropy\":null,\"pmem\":[],"
            + "\"memory-hotplug\":null}";

    FullVmConfiguration config = JsonBinder.fromJson(answer, FullVmConfiguration.class);

    assertThat(config.machineConfig().vcpuCount()).isEqualTo(2);
    assertThat(config.machineConfig().hugePages()).isEqualTo(HugePages.NONE);
    assertThat(config.bootSource().bootArgs()).contains("ip=172.16.0.2");
    assertThat(config.drives().getFirst().cacheType()).isEqualTo(CacheType.UNSAFE);
    assertThat(config.drives().getFirst().ioEngine()).isEqualTo(IoEngine.SYNC);
    assertThat(config.networkInterfaces().getFirst().guestMac()).isEqualTo("06:00:ac:10:00:02");
    assertThat(config.balloon()).isNull();
    assertThat(config.pmem()).isEmpty();
  }

  @Test
  void readsTheNotStartedStateWithItsSpace() {
    String answer =
        "{\"id\":\"anonymous-instance\",\"state\":\"Not started\",\"vmm_version\":\"1.16.1\","
            + "\"app_name\":\"Firecracker\"}";

    assertThat(JsonBinder.fromJson(answer, InstanceInfo.class).state())
        .isEqualTo(InstanceState.NOT_STARTED);
  }

  @Test
  void readsTheDefaultMachineConfig() {
    String answer =
        "{\"vcpu_count\":1,\"mem_size_mib\":128,\"smt\":false,\"track_dirty_pages\":false,"
            + "\"huge_pages\":\"None\"}";

    assertThat(JsonBinder.fromJson(answer, MachineConfiguration.class))
        .isEqualTo(
            MachineConfiguration.of(1, 128)
                .withSmt(false)
                .withTrackDirtyPages(false)
                .withHugePages(HugePages.NONE));
  }
}
