package dev.knaller;

import dev.knaller.image.ImageLayout;
import dev.knaller.network.ToolFinder;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What to run: an immutable, validated VM configuration. Build it with {@link #builder()}; {@link
 * Builder#build()} checks every field and reports all bad ones at once, before anything is created
 * or spawned.
 */
public final class VmConfig {
  public static final int DEFAULT_VCPUS = 1;
  public static final int MIN_VCPUS = 1;

  /** Firecracker's limit (MAX_SUPPORTED_VCPUS). */
  public static final int MAX_VCPUS = 32;

  public static final int DEFAULT_MEMORY_MIB = 1024;

  /** A Debian cloud kernel with an initrd does not get to userspace in much less. */
  public static final int MIN_MEMORY_MIB = 128;

  private final String name;
  private final Path kernel;
  private final Optional<Path> initrd;
  private final Path rootfs;
  private final int vcpus;
  private final int memoryMib;
  private final String extraBootArgs;
  private final Path firecrackerBinary;
  private final Path pastaBinary;
  private final Optional<OutputStream> consoleOutput;
  private final Optional<OutputStream> processOutput;
  private final boolean verbose;
  private final boolean hostLoopback;
  private final Map<String, String> childEnvironment;

  VmConfig(VmConfigRules.Checked checked, Builder builder) {
    this.name = checked.name();
    this.kernel = checked.kernel();
    this.initrd = checked.initrd();
    this.rootfs = checked.rootfs();
    this.vcpus = builder.vcpus;
    this.memoryMib = builder.memoryMib;
    this.extraBootArgs = builder.extraBootArgs.strip();
    this.firecrackerBinary = checked.firecrackerBinary();
    this.pastaBinary = checked.pastaBinary();
    this.consoleOutput = Optional.ofNullable(builder.consoleOutput);
    this.processOutput = Optional.ofNullable(builder.processOutput);
    this.verbose = builder.verbose;
    this.hostLoopback = builder.hostLoopback;
    this.childEnvironment = Map.copyOf(builder.childEnvironment);
  }

  public static Builder builder() {
    return new Builder();
  }

  public String name() {
    return name;
  }

  public Path kernel() {
    return kernel;
  }

  public Optional<Path> initrd() {
    return initrd;
  }

  /** The base image; each VM boots from its own copy. */
  public Path rootfs() {
    return rootfs;
  }

  public int vcpus() {
    return vcpus;
  }

  public int memoryMib() {
    return memoryMib;
  }

  /** Kernel arguments appended after knaller's own ({@code console=}, {@code ip=}, ...). */
  public String extraBootArgs() {
    return extraBootArgs;
  }

  public Path firecrackerBinary() {
    return firecrackerBinary;
  }

  public Path pastaBinary() {
    return pastaBinary;
  }

  /** Where the guest's serial console goes; empty: {@code console.log} in the VM directory. */
  public Optional<OutputStream> consoleOutput() {
    return consoleOutput;
  }

  /** Where pasta's and Firecracker's stderr go; empty: only its tail is kept, for errors. */
  public Optional<OutputStream> processOutput() {
    return processOutput;
  }

  /** Also copy the console and the children's stderr to this process's stderr. */
  public boolean verbose() {
    return verbose;
  }

  /** Whether the guest may reach the host's loopback services; see {@link Builder#hostLoopback}. */
  public boolean hostLoopback() {
    return hostLoopback;
  }

  /** Variables added to the environment of pasta and, through it, Firecracker. */
  public Map<String, String> childEnvironment() {
    return childEnvironment;
  }

  /** Collects the fields; nothing is checked until {@link #build()}. */
  public static final class Builder {
    String name;
    Path kernel;
    Path initrd;
    Path rootfs;
    int vcpus = DEFAULT_VCPUS;
    int memoryMib = DEFAULT_MEMORY_MIB;
    String extraBootArgs = "";
    Path firecrackerBinary;
    Path pastaBinary;
    OutputStream consoleOutput;
    OutputStream processOutput;
    boolean verbose;
    boolean hostLoopback;
    Map<String, String> childEnvironment = Map.of();
    ToolFinder toolFinder = ToolFinder.system();

    private Builder() {}

    /** The VM name; a random {@code vm-xxxxxx} when not set. Rule: {@link VmName#RULE}. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder kernel(Path value) {
      this.kernel = value;
      return this;
    }

    public Builder initrd(Path value) {
      this.initrd = value;
      return this;
    }

    public Builder rootfs(Path value) {
      this.rootfs = value;
      return this;
    }

    /**
     * Boots the built image {@code image} (see {@link VmHost#ensureDefaultImage}): its {@code
     * vmlinux} and its initrd (when it has one) unless a kernel is set, and its {@code rootfs.ext4}
     * unless a rootfs is set.
     */
    public Builder image(ImageLayout image) {
      if (kernel == null) {
        kernel = image.vmlinux();
        initrd = initrd == null && Files.exists(image.initrd()) ? image.initrd() : initrd;
      }
      rootfs = rootfs != null ? rootfs : image.rootfs();
      return this;
    }

    public Builder vcpus(int value) {
      this.vcpus = value;
      return this;
    }

    public Builder memoryMib(int value) {
      this.memoryMib = value;
      return this;
    }

    public Builder extraBootArgs(String value) {
      this.extraBootArgs = value;
      return this;
    }

    /** The Firecracker binary; by default {@code firecracker} on PATH, /usr/sbin or /sbin. */
    public Builder firecrackerBinary(Path value) {
      this.firecrackerBinary = value;
      return this;
    }

    /** The pasta binary; by default {@code pasta} on PATH, /usr/sbin or /sbin. */
    public Builder pastaBinary(Path value) {
      this.pastaBinary = value;
      return this;
    }

    public Builder consoleOutput(OutputStream value) {
      this.consoleOutput = value;
      return this;
    }

    public Builder processOutput(OutputStream value) {
      this.processOutput = value;
      return this;
    }

    public Builder verbose(boolean value) {
      this.verbose = value;
      return this;
    }

    /**
     * Lets the guest reach services listening on the host's 127.0.0.1, at the address of the host's
     * default gateway (pasta maps connections to that address onto the host's loopback). Off by
     * default: loopback services trust every local connection, and a guest is not a local user.
     * Off, the gateway address is just the host's gateway, reached through NAT like any other
     * address, so a DNS server on the home router keeps working.
     */
    public Builder hostLoopback(boolean value) {
      this.hostLoopback = value;
      return this;
    }

    public Builder childEnvironment(Map<String, String> value) {
      this.childEnvironment = Map.copyOf(value);
      return this;
    }

    /** Where default binaries are searched (tests give their own PATH). */
    Builder toolFinder(ToolFinder value) {
      this.toolFinder = value;
      return this;
    }

    /**
     * Checks every field except a kernel or rootfs not set yet, for a caller that takes those from
     * the default image afterwards (see {@link #image}) and wants bad input reported before that.
     *
     * @throws VmConfigException listing every other field that breaks a rule
     */
    public Builder checkAllButAbsentImage() throws VmConfigException {
      VmConfigRules.checkAllButAbsentImage(this);
      return this;
    }

    /**
     * Checks every field and returns the configuration.
     *
     * @throws VmConfigException listing every field that breaks a rule, with the remedy
     */
    public VmConfig build() throws VmConfigException {
      return new VmConfig(VmConfigRules.check(this), this);
    }
  }
}
