package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BzImageHeaderTest {
  @Test
  void payloadStartsAfterTheSetupSectorsPlusThePayloadOffset() throws Exception {
    // Debian 12's 6.1 cloud kernel: setup_sects 39, protocol 2.15, payload_offset 716.
    byte[] header = SyntheticBzImage.header(39, 0x020F, 716, 14_065_015);

    BzImageHeader parsed = BzImageHeader.parse(header, "vmlinuz");

    assertThat(parsed.payloadStart()).isEqualTo(21_196);
    assertThat(parsed.payloadLength()).isEqualTo(14_065_015);
    assertThat(parsed.protocolVersion()).isEqualTo(0x020F);
  }

  @Test
  void zeroSetupSectorsMeansFour() throws Exception {
    byte[] header = SyntheticBzImage.header(0, 0x020F, 0, 100);

    assertThat(BzImageHeader.parse(header, "k").payloadStart()).isEqualTo(5 * 512);
  }

  @Test
  void aFileWithoutHdrsIsRejectedWithTheRemedy() {
    byte[] header = SyntheticBzImage.header(39, 0x020F, 716, 100);
    header[0x202] = 'X';

    assertThatThrownBy(() -> BzImageHeader.parse(header, "/tmp/vmlinux"))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("/tmp/vmlinux is not an x86 bzImage")
        .hasMessageContaining("HdrS")
        .hasMessageContaining("/boot/vmlinuz-*");
  }

  @Test
  void aBootProtocolBefore208IsRejectedBecauseItHasNoPayloadFields() {
    byte[] header = SyntheticBzImage.header(39, 0x0206, 716, 100);

    assertThatThrownBy(() -> BzImageHeader.parse(header, "old"))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("boot protocol 2.06 predates 2.08");
  }

  @Test
  void aTruncatedFileIsRejected() {
    assertThatThrownBy(() -> BzImageHeader.parse(new byte[100], "short"))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("shorter than a setup header (100 bytes)");
  }
}
