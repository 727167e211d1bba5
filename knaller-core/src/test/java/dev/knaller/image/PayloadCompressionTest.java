package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayloadCompressionTest {
  @Test
  void recognisesTheLz4LegacyMagicOfDebiansKernel() throws Exception {
    byte[] head = {0x02, 0x21, 0x4C, 0x18, 0x00, 0x00};

    assertThat(PayloadCompression.detect(head, "k")).isEqualTo(PayloadCompression.LZ4_LEGACY);
    assertThat(PayloadCompression.LZ4_LEGACY.decompressorArgv())
        .containsExactly("lz4", "-d", "-c", "-q");
  }

  @Test
  void recognisesGzipXzAndZstd() throws Exception {
    assertThat(PayloadCompression.detect(new byte[] {0x1F, (byte) 0x8B, 8}, "k"))
        .isEqualTo(PayloadCompression.GZIP);
    assertThat(PayloadCompression.detect(new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "k"))
        .isEqualTo(PayloadCompression.XZ);
    assertThat(PayloadCompression.detect(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, "k"))
        .isEqualTo(PayloadCompression.ZSTD);
  }

  @Test
  void anUnknownMagicIsReportedWithItsBytes() {
    assertThatThrownBy(() -> PayloadCompression.detect(new byte[] {1, 2, 3, 4, 5, 6, 7}, "vmlinuz"))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining(
            "vmlinuz: unknown kernel payload compression (first bytes" + " 010203040506)");
  }
}
