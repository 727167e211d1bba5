package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  @Test
  void usesXdgDataHomeWhenAbsolute() {
    assertThat(DataDirectory.from(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h")))
        .isEqualTo(Path.of("/x/knaller"));
  }

  @Test
  void ignoresARelativeXdgDataHomeAsTheSpecSays() {
    assertThat(DataDirectory.from(Map.of("XDG_DATA_HOME", "rel", "HOME", "/h")))
        .isEqualTo(Path.of("/h/.local/share/knaller"));
  }

  @Test
  void withoutHomeSaysWhatToSet() {
    assertThatThrownBy(() -> DataDirectory.from(Map.of()))
        .hasMessageContaining("set HOME or XDG_DATA_HOME");
  }

  @Test
  void theDefaultImageLivesUnderImages() {
    ImageLayout layout = ImageLayout.defaultIn(Path.of("/d"));

    assertThat(layout.rootfs()).isEqualTo(Path.of("/d/images/default/rootfs.ext4"));
    assertThat(layout.vmlinux()).isEqualTo(Path.of("/d/images/default/vmlinux"));
    assertThat(layout.vmlinuz()).isEqualTo(Path.of("/d/images/default/vmlinuz"));
    assertThat(layout.initrd()).isEqualTo(Path.of("/d/images/default/initrd.img"));
  }
}
