package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** {@code PUT /boot-source}: Firecracker opens the kernel and initrd at PUT time. */
final class BootSourceHandler {
  private static final String PREFIX = "Boot source error: ";
  private static final int MAX_COMMAND_LINE = 2047;
  private final Vmm vmm;

  BootSourceHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "boot-source", this::put);
  }

  private HttpResponse put(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.BOOT_SOURCE);
    vmm.requirePreBoot();
    vmm.markBootPath();
    checkKernel(Json.text(body, "kernel_image_path"));
    checkInitrd(Optional.ofNullable(Json.text(body, "initrd_path")));
    checkCommandLine(Optional.ofNullable(Json.text(body, "boot_args")));
    vmm.resources().bootSource =
        Json.object(
            "kernel_image_path", body.get("kernel_image_path"),
            "initrd_path", body.get("initrd_path"),
            "boot_args", body.get("boot_args"));
    return HttpResponse.noContent();
  }

  private static void checkKernel(String kernel) throws Fault {
    var failure = IoErrors.openFails(Path.of(kernel), false);
    if (failure.isPresent()) {
      throw new Fault(PREFIX + "The kernel file cannot be opened: " + failure.get());
    }
  }

  private static void checkInitrd(Optional<String> initrd) throws Fault {
    var failure = initrd.flatMap(path -> IoErrors.openFails(Path.of(path), false));
    if (failure.isPresent()) {
      throw new Fault(
          PREFIX
              + "The initrd file cannot be opened due to invalid path or invalid permissions. "
              + failure.get());
    }
  }

  /**
   * The kernel command line must be printable ASCII (the inner wording is inferred) and fit
   * linux-loader's {@code Cmdline} of x86's 2048 bytes, the terminating NUL included.
   */
  private static void checkCommandLine(Optional<String> bootArgs) throws Fault {
    if (bootArgs.orElse("").length() > MAX_COMMAND_LINE) {
      throw new Fault(
          PREFIX
              + "The kernel command line is invalid: Inserting string would make command line"
              + " too long.");
    }
    boolean printable = bootArgs.orElse("").chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    if (!printable) {
      throw new Fault(
          PREFIX
              + "The kernel command line is invalid: String contains characters that are not"
              + " printable ASCII");
    }
  }
}
