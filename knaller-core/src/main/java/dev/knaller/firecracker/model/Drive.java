package dev.knaller.firecracker.model;

/**
 * A block device ({@code PUT /drives/{id}}): virtio-block with {@code path_on_host}, or
 * vhost-user-block with {@code socket}. Required: {@code drive_id}, {@code is_root_device}.
 */
public record Drive(
    String driveId,
    Boolean isRootDevice,
    String partuuid,
    CacheType cacheType,
    Boolean isReadOnly,
    String pathOnHost,
    RateLimiter rateLimiter,
    IoEngine ioEngine,
    String socket) {
  /** Checks the fields the API requires. */
  public Drive {
    Required.check(driveId, "Drive", "drive_id");
    Required.check(isRootDevice, "Drive", "is_root_device");
  }

  /** Starts a drive with its two required fields. */
  public static Builder builder(String driveId, boolean isRootDevice) {
    return new Builder(driveId, isRootDevice);
  }

  /** Builds a {@link Drive}; optional fields start unset and are omitted on the wire. */
  public static final class Builder {
    private final String driveId;
    private final boolean isRootDevice;
    private String partuuid;
    private CacheType cacheType;
    private Boolean isReadOnly;
    private String pathOnHost;
    private RateLimiter rateLimiter;
    private IoEngine ioEngine;
    private String socket;

    private Builder(String driveId, boolean isRootDevice) {
      this.driveId = driveId;
      this.isRootDevice = isRootDevice;
    }

    /** The partition UUID the kernel boots from; used only for the root device. */
    public Builder partuuid(String value) {
      partuuid = value;
      return this;
    }

    /** The caching strategy. */
    public Builder cacheType(CacheType value) {
      cacheType = value;
      return this;
    }

    /** Whether the guest sees the device read-only (virtio-block). */
    public Builder isReadOnly(boolean value) {
      isReadOnly = value;
      return this;
    }

    /** The backing file (virtio-block); Firecracker opens it at PUT time. */
    public Builder pathOnHost(String value) {
      pathOnHost = value;
      return this;
    }

    /** The rate limiter (virtio-block). */
    public Builder rateLimiter(RateLimiter value) {
      rateLimiter = value;
      return this;
    }

    /** The I/O engine (virtio-block). */
    public Builder ioEngine(IoEngine value) {
      ioEngine = value;
      return this;
    }

    /** The vhost-user-block backend socket, instead of a backing file. */
    public Builder socket(String value) {
      socket = value;
      return this;
    }

    /** Returns the drive. */
    public Drive build() {
      return new Drive(
          driveId,
          isRootDevice,
          partuuid,
          cacheType,
          isReadOnly,
          pathOnHost,
          rateLimiter,
          ioEngine,
          socket);
    }
  }
}
