package dev.knaller.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPOutputStream;

/**
 * Builds minimal bzImage files: a setup header pointing at a payload, as the kernel lays it out.
 */
final class SyntheticBzImage {
  private SyntheticBzImage() {}

  static byte[] header(int setupSectors, int version, int payloadOffset, int payloadLength) {
    ByteBuffer header =
        ByteBuffer.allocate(BzImageHeader.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    header.put(0x1F1, (byte) setupSectors);
    header.putShort(0x1FE, (short) 0xAA55);
    header
        .put(0x202, (byte) 'H')
        .put(0x203, (byte) 'd')
        .put(0x204, (byte) 'r')
        .put(0x205, (byte) 'S');
    header.putShort(0x206, (short) version);
    header.putInt(0x248, payloadOffset);
    header.putInt(0x24C, payloadLength);
    return header.array();
  }

  /** A whole image: header, padding, then {@code compressed} followed by the appended size. */
  static byte[] withPayload(byte[] compressed, int uncompressedSize) {
    int setupSectors = 3;
    int payloadOffset = 40;
    int start = (setupSectors + 1) * 512 + payloadOffset;
    ByteBuffer image =
        ByteBuffer.allocate(start + compressed.length + 4 + 64).order(ByteOrder.LITTLE_ENDIAN);
    image.put(header(setupSectors, 0x020F, payloadOffset, compressed.length + 4));
    image.position(start);
    image.put(compressed).putInt(uncompressedSize);
    return image.array();
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }

  /** Bytes that start like an ELF file. */
  static byte[] fakeElf(int size) {
    byte[] elf = new byte[size];
    elf[0] = 0x7F;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    for (int i = 4; i < size; i++) {
      elf[i] = (byte) (i * 31);
    }
    return elf;
  }
}
