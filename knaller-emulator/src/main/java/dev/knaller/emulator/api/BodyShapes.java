package dev.knaller.emulator.api;

import static dev.knaller.emulator.serde.Primitive.BOOL;
import static dev.knaller.emulator.serde.Primitive.IPV4;
import static dev.knaller.emulator.serde.Primitive.MAC;
import static dev.knaller.emulator.serde.Primitive.PATH;
import static dev.knaller.emulator.serde.Primitive.STRING;
import static dev.knaller.emulator.serde.Primitive.U16;
import static dev.knaller.emulator.serde.Primitive.U32;
import static dev.knaller.emulator.serde.Primitive.U64;
import static dev.knaller.emulator.serde.Primitive.U8;
import static dev.knaller.emulator.serde.Primitive.USIZE;
import static dev.knaller.emulator.serde.Shapes.dflt;
import static dev.knaller.emulator.serde.Shapes.opt;
import static dev.knaller.emulator.serde.Shapes.req;
import static dev.knaller.emulator.serde.Shapes.seq;

import dev.knaller.emulator.Profile;
import dev.knaller.emulator.serde.AnyShape;
import dev.knaller.emulator.serde.EnumShape;
import dev.knaller.emulator.serde.Field;
import dev.knaller.emulator.serde.StructShape;
import java.util.ArrayList;
import java.util.List;

/**
 * The Rust request structs, field by field in declaration order (that order is what serde's {@code
 * expected one of} lists show). Struct and enum names matter only in "expected struct X" texts.
 */
final class BodyShapes {
  static final EnumShape CPU_TEMPLATE =
      EnumShape.of("StaticCpuTemplate", "C3", "T2", "T2S", "T2CL", "T2A", "None");
  static final EnumShape HUGE_PAGES = EnumShape.of("HugePageConfig", "None", "2M");
  static final EnumShape CACHE_TYPE = EnumShape.of("CacheType", "Unsafe", "Writeback");
  static final EnumShape IO_ENGINE = EnumShape.of("FileEngineType", "Async", "Sync");
  static final EnumShape ACTION =
      EnumShape.of("ActionType", "FlushMetrics", "InstanceStart", "SendCtrlAltDel");
  static final EnumShape VM_STATE = EnumShape.of("VmState", "Paused", "Resumed");
  static final EnumShape SNAPSHOT_TYPE = EnumShape.of("SnapshotType", "Diff", "Full");
  static final EnumShape MEM_BACKEND = EnumShape.of("MemBackendType", "File", "Uffd");
  static final EnumShape MMDS_VERSION = EnumShape.of("MmdsVersion", "V1", "V2");

  static final StructShape TOKEN_BUCKET =
      StructShape.strict(
          "TokenBucketConfig",
          req("size", U64),
          opt("one_time_burst", U64),
          req("refill_time", U64));
  static final StructShape RATE_LIMITER =
      StructShape.strict(
          "RateLimiterConfig", opt("bandwidth", TOKEN_BUCKET), opt("ops", TOKEN_BUCKET));

  static final StructShape MACHINE_CONFIG =
      StructShape.strict(
          "MachineConfig",
          req("vcpu_count", U8),
          req("mem_size_mib", USIZE),
          dflt("smt", BOOL),
          opt("cpu_template", CPU_TEMPLATE),
          dflt("track_dirty_pages", BOOL),
          dflt("huge_pages", HUGE_PAGES));
  static final StructShape MACHINE_CONFIG_UPDATE =
      StructShape.strict(
          "MachineConfigUpdate",
          opt("vcpu_count", U8),
          opt("mem_size_mib", USIZE),
          opt("smt", BOOL),
          opt("cpu_template", CPU_TEMPLATE),
          opt("track_dirty_pages", BOOL),
          opt("huge_pages", HUGE_PAGES));
  static final StructShape BOOT_SOURCE =
      StructShape.strict(
          "BootSourceConfig",
          req("kernel_image_path", STRING),
          opt("initrd_path", STRING),
          opt("boot_args", STRING));
  static final StructShape DRIVE =
      StructShape.strict(
          "BlockDeviceConfig",
          req("drive_id", STRING),
          opt("partuuid", STRING),
          req("is_root_device", BOOL),
          dflt("cache_type", CACHE_TYPE),
          opt("is_read_only", BOOL),
          opt("path_on_host", STRING),
          opt("rate_limiter", RATE_LIMITER),
          opt("io_engine", IO_ENGINE),
          opt("socket", STRING));
  static final StructShape DRIVE_UPDATE =
      StructShape.strict(
          "BlockDeviceUpdateConfig",
          req("drive_id", STRING),
          opt("path_on_host", STRING),
          opt("rate_limiter", RATE_LIMITER));
  static final StructShape NET_UPDATE =
      StructShape.strict(
          "NetworkInterfaceUpdateConfig",
          req("iface_id", STRING),
          opt("rx_rate_limiter", RATE_LIMITER),
          opt("tx_rate_limiter", RATE_LIMITER));
  static final StructShape VSOCK =
      StructShape.strict(
          "VsockDeviceConfig",
          opt("vsock_id", STRING),
          req("guest_cid", U32),
          req("uds_path", STRING));
  static final StructShape BALLOON_UPDATE =
      StructShape.strict("BalloonUpdateConfig", req("amount_mib", U32));
  static final StructShape BALLOON_STATS_UPDATE =
      StructShape.strict("BalloonUpdateStatsConfig", req("stats_polling_interval_s", U16));
  static final StructShape BALLOON_HINTING_START =
      StructShape.strict("StartHintingCmd", dflt("acknowledge_on_stop", BOOL));
  static final StructShape LOGGER =
      StructShape.strict(
          "LoggerConfig",
          opt("log_path", PATH),
          opt("level", STRING),
          opt("show_level", BOOL),
          opt("show_log_origin", BOOL),
          opt("module", STRING));
  // Metrics is the one request struct without deny_unknown_fields.
  static final StructShape METRICS =
      StructShape.lenient("MetricsConfig", req("metrics_path", PATH));
  static final StructShape ENTROPY =
      StructShape.strict("EntropyDeviceConfig", opt("rate_limiter", RATE_LIMITER));
  static final StructShape CPU_CONFIG =
      StructShape.strict(
          "CustomCpuTemplate",
          opt("kvm_capabilities", seq(STRING)),
          opt("cpuid_modifiers", seq(AnyShape.VALUE)),
          opt("msr_modifiers", seq(AnyShape.VALUE)),
          opt("reg_modifiers", seq(AnyShape.VALUE)),
          opt("vcpu_features", seq(AnyShape.VALUE)));
  static final StructShape ACTION_BODY =
      StructShape.strict("ActionBody", req("action_type", ACTION));
  static final StructShape VM = StructShape.strict("Vm", req("state", VM_STATE));
  static final StructShape SNAPSHOT_CREATE =
      StructShape.strict(
          "CreateSnapshotParams",
          dflt("snapshot_type", SNAPSHOT_TYPE),
          req("snapshot_path", PATH),
          req("mem_file_path", PATH));
  static final StructShape MEM_BACKEND_CONFIG =
      StructShape.strict(
          "MemBackendConfig", req("backend_path", PATH), req("backend_type", MEM_BACKEND));
  static final StructShape NETWORK_OVERRIDE =
      StructShape.strict("NetworkOverride", req("iface_id", STRING), req("host_dev_name", STRING));
  static final StructShape VSOCK_OVERRIDE =
      StructShape.strict("VsockOverride", req("uds_path", STRING));
  static final StructShape PMEM =
      StructShape.strict(
          "PmemConfig",
          req("id", STRING),
          req("path_on_host", STRING),
          dflt("root_device", BOOL),
          dflt("read_only", BOOL),
          opt("rate_limiter", RATE_LIMITER));
  static final StructShape PMEM_UPDATE =
      StructShape.strict("PmemUpdateConfig", req("id", STRING), opt("rate_limiter", RATE_LIMITER));
  static final StructShape HOTPLUG_MEMORY =
      StructShape.strict(
          "MemoryHotplugConfig",
          req("total_size_mib", USIZE),
          dflt("slot_size_mib", USIZE),
          dflt("block_size_mib", USIZE));
  static final StructShape HOTPLUG_SIZE =
      StructShape.strict("MemoryHotplugSizeUpdate", req("requested_size_mib", USIZE));

  private BodyShapes() {}

  static StructShape networkInterface(Profile profile) {
    List<Field> fields = new ArrayList<>();
    fields.add(req("iface_id", STRING));
    fields.add(req("host_dev_name", STRING));
    fields.add(opt("guest_mac", MAC));
    fields.add(opt("rx_rate_limiter", RATE_LIMITER));
    fields.add(opt("tx_rate_limiter", RATE_LIMITER));
    if (profile.hasHotplug()) {
      fields.add(opt("mtu", U16));
    }
    return new StructShape("NetworkInterfaceConfig", fields, true);
  }

  static StructShape balloon(Profile profile) {
    List<Field> fields = new ArrayList<>();
    fields.add(req("amount_mib", U32));
    fields.add(req("deflate_on_oom", BOOL));
    fields.add(dflt("stats_polling_interval_s", U16));
    if (profile.hasV114Endpoints()) {
      fields.add(dflt("free_page_hinting", BOOL));
      fields.add(dflt("free_page_reporting", BOOL));
    }
    return new StructShape("BalloonDeviceConfig", fields, true);
  }

  static StructShape mmdsConfig(Profile profile) {
    List<Field> fields = new ArrayList<>();
    fields.add(dflt("version", MMDS_VERSION));
    fields.add(req("network_interfaces", seq(STRING)));
    fields.add(opt("ipv4_address", IPV4));
    if (profile.atLeast(Profile.V1_13_1)) {
      fields.add(dflt("imds_compat", BOOL));
    }
    return new StructShape("MmdsConfig", fields, true);
  }

  static StructShape serial(Profile profile) {
    List<Field> fields = new ArrayList<>();
    fields.add(opt("serial_out_path", PATH));
    if (profile.hasHotplug()) {
      fields.add(opt("rate_limiter", TOKEN_BUCKET));
    }
    return new StructShape("SerialConfig", fields, true);
  }

  /** The load body grew: track_dirty_pages and network_overrides in 1.13, more in 1.16. */
  static StructShape snapshotLoad(Profile profile) {
    List<Field> fields = new ArrayList<>();
    fields.add(req("snapshot_path", PATH));
    fields.add(opt("mem_file_path", PATH));
    fields.add(opt("mem_backend", MEM_BACKEND_CONFIG));
    fields.add(dflt("enable_diff_snapshots", BOOL));
    if (profile.atLeast(Profile.V1_13_1)) {
      fields.add(dflt("track_dirty_pages", BOOL));
    }
    fields.add(dflt("resume_vm", BOOL));
    if (profile.atLeast(Profile.V1_13_1)) {
      fields.add(dflt("network_overrides", seq(NETWORK_OVERRIDE)));
    }
    if (profile.hasHotplug()) {
      fields.add(opt("vsock_override", VSOCK_OVERRIDE));
      fields.add(dflt("clock_realtime", BOOL));
    }
    return new StructShape("LoadSnapshotConfig", fields, true);
  }
}
