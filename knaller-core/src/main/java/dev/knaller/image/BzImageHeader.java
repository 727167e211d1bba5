package dev.knaller.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The parts of an x86 bzImage setup header (Linux boot protocol, Documentation/arch/x86/boot.rst)
 * that locate the compressed kernel: the protected-mode code starts after {@code setup_sects + 1}
 * sectors of 512 bytes, and the payload lies {@code payload_offset} bytes into it.
 */
public record BzImageHeader(
    int setupSectors, int protocolVersion, long payloadOffset, long payloadLength) {
  static final int HEADER_BYTES = 0x250;
  private static final int SETUP_SECTS = 0x1F1;
  private static final int BOOT_FLAG = 0x1FE;
  private static final int MAGIC = 0x202;
  private static final int VERSION = 0x206;
  private static final int PAYLOAD_OFFSET = 0x248;
  private static final int PAYLOAD_LENGTH = 0x24C;
  private static final int HDRS = 0x53726448; // "HdrS" read little-endian
  private static final int FIRST_VERSION_WITH_PAYLOAD = 0x208;

  /** Parses the first {@link #HEADER_BYTES} bytes of a kernel image. */
  public static BzImageHeader parse(byte[] start, String source) throws ImageException {
    if (start.length < HEADER_BYTES) {
      throw notBzImage(source, "it is shorter than a setup header (" + start.length + " bytes)");
    }
    ByteBuffer header = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
    if (header.getInt(MAGIC) != HDRS || (header.getShort(BOOT_FLAG) & 0xFFFF) != 0xAA55) {
      throw notBzImage(source, "it has no 'HdrS' setup header with boot flag 0xAA55");
    }
    int version = header.getShort(VERSION) & 0xFFFF;
    if (version < FIRST_VERSION_WITH_PAYLOAD) {
      throw notBzImage(
          source,
          "boot protocol "
              + versionText(version)
              + " predates 2.08,"
              + " which first records where the payload is");
    }
    return new BzImageHeader(
        setupSectorsOf(header),
        version,
        Integer.toUnsignedLong(header.getInt(PAYLOAD_OFFSET)),
        Integer.toUnsignedLong(header.getInt(PAYLOAD_LENGTH)));
  }

  /** Byte offset of the compressed payload within the file. */
  public long payloadStart() {
    return (setupSectors + 1L) * 512 + payloadOffset;
  }

  private static int setupSectorsOf(ByteBuffer header) {
    int sectors = header.get(SETUP_SECTS) & 0xFF;
    return sectors == 0 ? 4 : sectors; // boot.rst: 0 means 4, for very old kernels
  }

  private static String versionText(int version) {
    return (version >> 8) + "." + String.format("%02d", version & 0xFF);
  }

  private static ImageException notBzImage(String source, String reason) {
    return new ImageException(
        source
            + " is not an x86 bzImage: "
            + reason
            + "; give the distribution's compressed kernel (/boot/vmlinuz-*)");
  }
}
