package dev.knaller.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Turns a distribution bzImage into the uncompressed ELF {@code vmlinux} that Firecracker loads on
 * x86_64: find the payload through the setup header, strip the appended size, decompress, and check
 * the result is an ELF of exactly that size.
 */
public final class KernelExtractor {
  private static final byte[] ELF_MAGIC = {0x7F, 'E', 'L', 'F'};
  private static final Duration DECOMPRESS_TIMEOUT = Duration.ofMinutes(2);

  private final ToolRunner tools;

  public KernelExtractor(ToolRunner tools) {
    this.tools = tools;
  }

  /** Writes the ELF kernel inside {@code bzImage} to {@code vmlinux}. */
  public void extract(Path bzImage, Path vmlinux) throws ImageException, InterruptedException {
    byte[] bytes = readAll(bzImage);
    BzImageHeader header = BzImageHeader.parse(bytes, bzImage.toString());
    byte[] payload = payloadOf(bytes, header, bzImage);
    PayloadCompression compression = PayloadCompression.detect(payload, bzImage.toString());

    Path compressed = vmlinux.resolveSibling(vmlinux.getFileName() + ".payload");
    try {
      write(compressed, payload, payload.length - 4);
      decompress(compression, compressed, vmlinux);
    } finally {
      deleteQuietly(compressed);
    }
    verifyElf(vmlinux, uncompressedSize(payload));
  }

  private static byte[] payloadOf(byte[] bytes, BzImageHeader header, Path source)
      throws ImageException {
    long end = header.payloadStart() + header.payloadLength();
    if (header.payloadLength() < 8 || end > bytes.length) {
      throw new ImageException(
          source
              + ": the setup header places the payload at "
              + header.payloadStart()
              + "+"
              + header.payloadLength()
              + ", beyond the file's "
              + bytes.length
              + " bytes; the kernel image is truncated or damaged");
    }
    return Arrays.copyOfRange(bytes, (int) header.payloadStart(), (int) end);
  }

  private static long uncompressedSize(byte[] payload) {
    ByteBuffer tail =
        ByteBuffer.wrap(payload, payload.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN);
    return Integer.toUnsignedLong(tail.getInt());
  }

  private void decompress(PayloadCompression compression, Path input, Path output)
      throws ImageException, InterruptedException {
    ToolCommand command =
        ToolCommand.of("extracting vmlinux", DECOMPRESS_TIMEOUT, compression.decompressorArgv())
            .withRedirects(Redirect.from(input.toFile()), Redirect.to(output.toFile()));
    tools.run(command, line -> {});
  }

  private static void verifyElf(Path vmlinux, long expectedSize) throws ImageException {
    byte[] magic = new byte[4];
    long size;
    try (InputStream in = Files.newInputStream(vmlinux)) {
      size = Files.size(vmlinux);
      if (in.readNBytes(magic, 0, 4) != 4 || !Arrays.equals(magic, ELF_MAGIC)) {
        throw new ImageException(vmlinux + ": the decompressed kernel is not an ELF file");
      }
    } catch (IOException e) {
      throw new ImageException("cannot read the extracted kernel " + vmlinux, e);
    }
    if (size != expectedSize) {
      throw new ImageException(
          vmlinux
              + ": decompressed to "
              + size
              + " bytes, but the bzImage"
              + " records "
              + expectedSize
              + "; the kernel image is damaged");
    }
  }

  private static byte[] readAll(Path file) throws ImageException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImageException("cannot read the kernel image " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, byte[] bytes, int length) throws ImageException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new ImageException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Only a leftover in the build's temporary directory, which is removed as a whole.
    }
  }
}
