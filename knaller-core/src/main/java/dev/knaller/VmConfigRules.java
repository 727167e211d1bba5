package dev.knaller;

import dev.knaller.vm.BootArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The rules a {@link VmConfig} must satisfy, all checked in one pass. */
final class VmConfigRules {
  // knaller writes ip= itself (guest address, gateway, DNS); a second one would be ambiguous.
  // nfsaddrs= is the kernel's other name for ip=: given later on the line, it would win.
  private static final Pattern OWN_ARGUMENT = Pattern.compile("(^|\\s)(ip|nfsaddrs)=");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The fields once checked and resolved (random name, absolute paths, binaries found). */
  record Checked(
      String name,
      Path kernel,
      Optional<Path> initrd,
      Path rootfs,
      Path firecrackerBinary,
      Path pastaBinary) {}

  private final List<ConfigViolation> violations = new ArrayList<>();
  private final VmConfig.Builder builder;

  private VmConfigRules(VmConfig.Builder builder) {
    this.builder = builder;
  }

  static Checked check(VmConfig.Builder builder) throws VmConfigException {
    VmConfigRules rules = new VmConfigRules(builder);
    Checked checked = rules.checkAll();
    if (!rules.violations.isEmpty()) {
      throw new VmConfigException(rules.violations);
    }
    return checked;
  }

  /**
   * Checks every field but an absent kernel or rootfs, which the caller is about to take from the
   * default image: a bad flag is reported before minutes of image building, not after.
   */
  static void checkAllButAbsentImage(VmConfig.Builder builder) throws VmConfigException {
    VmConfigRules rules = new VmConfigRules(builder);
    rules.checkAll();
    rules.violations.removeIf(
        violation ->
            (violation.field().equals("kernel") && builder.kernel == null)
                || (violation.field().equals("rootfs") && builder.rootfs == null));
    if (!rules.violations.isEmpty()) {
      throw new VmConfigException(rules.violations);
    }
  }

  private Checked checkAll() {
    String name = name();
    Path kernel = requiredFile("kernel", builder.kernel, "--kernel");
    Optional<Path> initrd = Optional.ofNullable(builder.initrd).map(this::initrdFile);
    Path rootfs = requiredFile("rootfs", builder.rootfs, "--rootfs");
    checkVcpus();
    checkMemory();
    checkBootArgs();
    Path firecracker = binary("firecracker", builder.firecrackerBinary, "--firecracker", "");
    Path pasta = binary("pasta", builder.pastaBinary, "--pasta", " (Debian package passt)");
    return new Checked(name, kernel, initrd, rootfs, firecracker, pasta);
  }

  private String name() {
    if (builder.name == null) {
      return VmName.random(RANDOM).value();
    }
    VmName.problem(builder.name).ifPresent(problem -> add("name", problem, "pass another --name"));
    return builder.name;
  }

  private Path initrdFile(Path initrd) {
    return existingFile("initrd", initrd, "--initrd");
  }

  private Path requiredFile(String field, Path path, String flag) {
    if (path == null) {
      add(field, "no " + field + " image given", "pass " + flag + " PATH");
      return null;
    }
    return existingFile(field, path, flag);
  }

  private Path existingFile(String field, Path path, String flag) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      add(field, absolute + " is not a regular file", "pass an existing image with " + flag);
    } else if (!Files.isReadable(absolute)) {
      add(field, absolute + " is not readable", "make it readable or pass another with " + flag);
    }
    return absolute;
  }

  private void checkVcpus() {
    int vcpus = builder.vcpus;
    if (vcpus < VmConfig.MIN_VCPUS || vcpus > VmConfig.MAX_VCPUS) {
      add(
          "vcpus",
          vcpus + " is outside " + VmConfig.MIN_VCPUS + ".." + VmConfig.MAX_VCPUS,
          "pass a vCPU count from 1 to 32 (Firecracker supports at most 32)");
    }
  }

  private void checkMemory() {
    int memoryMib = builder.memoryMib;
    if (memoryMib < VmConfig.MIN_MEMORY_MIB) {
      add(
          "memory",
          memoryMib + " MiB is below the minimum of " + VmConfig.MIN_MEMORY_MIB + " MiB",
          "pass at least " + VmConfig.MIN_MEMORY_MIB + " MiB");
    }
    // Firecracker does not refuse more memory than the host has; the guest would be OOM-killed
    // (or the host swap) once it touches it.
    OptionalLong hostMib = HostMemory.totalMib();
    if (hostMib.isPresent() && memoryMib > hostMib.getAsLong()) {
      add(
          "memory",
          memoryMib
              + " MiB is more than this host's physical memory, "
              + hostMib.getAsLong()
              + " MiB (MemTotal in /proc/meminfo)",
          "pass at most " + hostMib.getAsLong() + " MiB");
    }
  }

  private void checkBootArgs() {
    String args = builder.extraBootArgs == null ? "" : builder.extraBootArgs;
    if (OWN_ARGUMENT.matcher(args).find()) {
      add(
          "boot-args",
          "'ip=' (or its alias 'nfsaddrs=') is set by knaller",
          "leave ip= and nfsaddrs= out of the extra boot arguments");
    }
    // Firecracker refuses PUT /boot-source unless the whole command line is printable ASCII
    // (linux-loader's Cmdline takes ' ' to '~' only), but only after pasta and Firecracker run.
    // knaller's own part is ASCII; the extra arguments are sent stripped.
    OptionalInt bad = args.strip().codePoints().filter(c -> c < ' ' || c > '~').findFirst();
    if (bad.isPresent()) {
      add(
          "boot-args",
          "contains "
              + characterName(bad.getAsInt())
              + "; Firecracker takes only printable ASCII (space to '~')",
          "separate kernel arguments with single spaces and spell them in ASCII");
    }
    int length = args.strip().length();
    if (length > BootArgs.MAX_EXTRA_LENGTH) {
      add(
          "boot-args",
          length
              + " bytes is more than the "
              + BootArgs.MAX_EXTRA_LENGTH
              + " left for them: Firecracker's kernel command line holds 2047 bytes, shared"
              + " with knaller's own arguments and Firecracker's device entries",
          "shorten the extra boot arguments");
    }
  }

  private static String characterName(int codePoint) {
    String code = String.format(Locale.ROOT, "U+%04X", codePoint);
    return Character.isISOControl(codePoint)
        ? "a control character (" + code + ")"
        : "'" + Character.toString(codePoint) + "' (" + code + ")";
  }

  private Path binary(String program, Path given, String flag, String packageHint) {
    if (given != null) {
      Path absolute = given.toAbsolutePath().normalize();
      if (!Files.isRegularFile(absolute) || !Files.isExecutable(absolute)) {
        add(program, absolute + " is not an executable file", "pass the binary with " + flag);
      }
      return absolute;
    }
    Optional<Path> found = builder.toolFinder.find(program);
    if (found.isEmpty()) {
      add(
          program,
          program + " is not on PATH, /usr/sbin or /sbin",
          "install " + program + packageHint + " or pass its path with " + flag);
    }
    return found.orElse(null);
  }

  private void add(String field, String problem, String remedy) {
    violations.add(new ConfigViolation(field, problem, remedy));
  }
}
