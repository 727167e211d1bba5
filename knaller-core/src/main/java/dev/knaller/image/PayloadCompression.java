package dev.knaller.image;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * How a bzImage payload is compressed, told by its leading magic bytes, and the tool that undoes
 * it. The kernel build appends the uncompressed size as 4 little-endian bytes to every payload.
 */
public enum PayloadCompression {
  GZIP("gzip -d -c", "1f8b"),
  XZ("xz -d -c", "fd377a585a00"),
  ZSTD("zstd -d -c -q", "28b52ffd"),
  /** The LZ4 legacy frame the kernel writes ({@code lz4 -l}). */
  LZ4_LEGACY("lz4 -d -c -q", "02214c18"),
  LZMA("xz --format=lzma -d -c", "5d0000"),
  BZIP2("bzip2 -d -c", "425a68"),
  LZO("lzop -d -c", "894c5a4f");

  private final String decompressor;
  private final String magicHex;

  PayloadCompression(String decompressor, String magicHex) {
    this.decompressor = decompressor;
    this.magicHex = magicHex;
  }

  /** Reads stdin, writes the decompressed kernel to stdout. */
  public List<String> decompressorArgv() {
    return List.of(decompressor.split(" ", -1));
  }

  /** The compression whose magic starts {@code head}. */
  public static PayloadCompression detect(byte[] head, String source) throws ImageException {
    String headHex = HexFormat.of().formatHex(Arrays.copyOf(head, Math.min(head.length, 6)));
    for (PayloadCompression compression : values()) {
      if (headHex.startsWith(compression.magicHex)) {
        return compression;
      }
    }
    throw new ImageException(
        source
            + ": unknown kernel payload compression (first bytes "
            + headHex
            + "); known: "
            + Arrays.toString(values()));
  }
}
