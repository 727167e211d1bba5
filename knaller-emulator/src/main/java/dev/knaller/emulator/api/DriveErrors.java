package dev.knaller.emulator.api;

import dev.knaller.emulator.Profile;
import java.util.Map;

/** The block device error texts, including v1.7's Rust Debug form. */
final class DriveErrors {
  static final String PREFIX = "Drive config error: ";
  private static final String CREATE = "Unable to create the virtio block device: ";
  private static final Map<Integer, String> KINDS =
      Map.of(
          2, "NotFound",
          13, "PermissionDenied",
          20, "NotADirectory",
          21, "IsADirectory",
          30, "ReadOnlyFilesystem");

  private DriveErrors() {}

  static Fault backingFile(Profile profile, String rustError, String path) {
    if (profile.debugFormatsDriveErrors()) {
      return new Fault(
          PREFIX
              + CREATE
              + "VirtioBackend(BackingFile("
              + debugIo(rustError)
              + ", \""
              + path
              + "\"))");
    }
    return new Fault(
        PREFIX
            + CREATE
            + "Virtio backend error: Error manipulating the backing file: "
            + rustError
            + " "
            + path);
  }

  static Fault invalidConfig() {
    return new Fault(PREFIX + CREATE + "Invalid block config.");
  }

  /** {@code No such file or directory (os error 2)} as {@code Os { code: 2, kind: .. }}. */
  private static String debugIo(String rustError) {
    int open = rustError.lastIndexOf(" (os error ");
    if (open < 0) {
      return "Custom { kind: Other, error: \"" + rustError + "\" }";
    }
    String message = rustError.substring(0, open);
    int code = Integer.parseInt(rustError.substring(open + 11, rustError.length() - 1));
    String kind = KINDS.getOrDefault(code, "Uncategorized");
    return "Os { code: " + code + ", kind: " + kind + ", message: \"" + message + "\" }";
  }
}
