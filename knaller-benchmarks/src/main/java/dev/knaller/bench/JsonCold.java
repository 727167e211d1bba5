package dev.knaller.bench;

import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.FullVmConfiguration;
import dev.knaller.firecracker.model.InstanceInfo;
import dev.knaller.json.JsonBinder;

/**
 * Cold-start cost of {@code dev.knaller.json}: the ECOSYSTEM.md test (serialize a {@code
 * BootSource}, bind an {@code InstanceInfo} that carries an unknown field) in a fresh JVM. With the
 * argument {@code vm-config} it also binds a {@code GET /vm/config} answer, the largest model
 * {@code knaller list} reads (about 20 nested records).
 */
public final class JsonCold {
  private static final String INSTANCE_INFO =
      "{\"app_name\":\"Firecracker\",\"id\":\"web\",\"state\":\"Running\","
          + "\"vmm_version\":\"1.16.1\",\"extra\":1}";
  private static final String VM_CONFIG =
      """
      {"balloon":null,"drives":[{"drive_id":"rootfs","partuuid":null,"is_root_device":true,\
      "cache_type":"Unsafe","is_read_only":false,"path_on_host":"/tmp/rootfs.ext4",\
      "rate_limiter":null,"io_engine":"Sync","socket":null}],"boot-source":{\
      "kernel_image_path":"/tmp/vmlinux","initrd_path":null,"boot_args":"console=ttyS0"},\
      "cpu-config":null,"logger":null,"machine-config":{"vcpu_count":1,"mem_size_mib":1024,\
      "smt":false,"track_dirty_pages":false,"huge_pages":"None"},"metrics":null,\
      "memory-hotplug":null,"mmds-config":null,"network-interfaces":[{"iface_id":"eth0",\
      "host_dev_name":"kn-5d7833df","guest_mac":"06:00:ac:1b:2e:62","rx_rate_limiter":null,\
      "tx_rate_limiter":null,"mtu":null}],"pmem":[],"vsock":null,"entropy":null}\
      """;

  private JsonCold() {}

  public static void main(String[] args) {
    String json = JsonBinder.toJson(new BootSource("vmlinux", "console=ttyS0", null));
    InstanceInfo info = JsonBinder.fromJson(INSTANCE_INFO, InstanceInfo.class);
    System.out.println(json + " " + info.state());
    if (args.length > 0 && args[0].equals("vm-config")) {
      FullVmConfiguration config = JsonBinder.fromJson(VM_CONFIG, FullVmConfiguration.class);
      System.out.println(config.machineConfig());
    }
  }
}
