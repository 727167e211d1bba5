package dev.knaller.bench;

import dev.knaller.firecracker.model.BootSource;
import dev.knaller.firecracker.model.InstanceInfo;
import dev.knaller.json.JsonBinder;

/**
 * Cold-start cost of {@code dev.knaller.json}: the ECOSYSTEM.md test (serialize a {@code
 * BootSource}, bind an {@code InstanceInfo} that carries an unknown field) in a fresh JVM.
 */
public final class JsonCold {
  private static final String INSTANCE_INFO =
      "{\"app_name\":\"Firecracker\",\"id\":\"web\",\"state\":\"Running\","
          + "\"vmm_version\":\"1.16.1\",\"extra\":1}";

  private JsonCold() {}

  public static void main(String[] args) {
    String json = JsonBinder.toJson(new BootSource("vmlinux", "console=ttyS0", null));
    InstanceInfo info = JsonBinder.fromJson(INSTANCE_INFO, InstanceInfo.class);
    System.out.println(json + " " + info.state());
  }
}
