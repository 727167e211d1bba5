package dev.knaller;

import java.nio.file.Path;

/**
 * A test program that owns one VM: it runs it through the library, prints {@code running PID}
 * (Firecracker's), then waits for the VM's end without ever closing it. {@link KnallerIT} starts it
 * as a JVM of its own and kills that JVM with SIGKILL.
 *
 * <p>Arguments: {@code DATA_DIRECTORY KERNEL ROOTFS FIRECRACKER NAME}.
 */
final class VmOwnerProgram {
  private VmOwnerProgram() {}

  public static void main(String[] args) throws Exception {
    VmConfig config =
        VmConfig.builder()
            .name(args[4])
            .kernel(Path.of(args[1]))
            .rootfs(Path.of(args[2]))
            .firecrackerBinary(Path.of(args[3]))
            .vcpus(1)
            .memoryMib(256)
            .build();
    Vm vm = Knaller.at(Path.of(args[0])).run(config);
    System.out.println("running " + vm.pid());
    System.out.flush();
    vm.awaitExit();
  }
}
