package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.network.ToolFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelExtractorTest {
  @TempDir Path dir;

  private final KernelExtractor extractor = new KernelExtractor(new ProcessToolRunner());

  @Test
  void extractsAGzipPayloadToTheElfItHolds() throws Exception {
    byte[] elf = SyntheticBzImage.fakeElf(200_000);
    Path bzImage =
        write("vmlinuz", SyntheticBzImage.withPayload(SyntheticBzImage.gzip(elf), elf.length));

    extractor.extract(bzImage, dir.resolve("vmlinux"));

    assertThat(Files.readAllBytes(dir.resolve("vmlinux"))).isEqualTo(elf);
    assertThat(dir.resolve("vmlinux.payload")).doesNotExist();
  }

  @Test
  void extractsAnLz4LegacyPayloadLikeDebiansCloudKernel() throws Exception {
    assumeTrue(onPath("lz4"), "lz4 is not installed (apt-get install lz4)");
    byte[] elf = SyntheticBzImage.fakeElf(300_000);
    Path raw = write("raw", elf);
    Path compressed = dir.resolve("raw.lz4");
    new ProcessToolRunner()
        .run(
            ToolCommand.of(
                "test",
                java.time.Duration.ofSeconds(20),
                List.of("lz4", "-l", "-q", "-f", raw.toString(), compressed.toString())),
            line -> {});
    Path bzImage =
        write("vmlinuz", SyntheticBzImage.withPayload(Files.readAllBytes(compressed), elf.length));

    extractor.extract(bzImage, dir.resolve("vmlinux"));

    assertThat(Files.readAllBytes(dir.resolve("vmlinux"))).isEqualTo(elf);
  }

  @Test
  void aPayloadThatIsNoElfIsRejected() throws Exception {
    byte[] text = "not a kernel".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path bzImage =
        write("vmlinuz", SyntheticBzImage.withPayload(SyntheticBzImage.gzip(text), text.length));

    assertThatThrownBy(() -> extractor.extract(bzImage, dir.resolve("vmlinux")))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("is not an ELF file");
  }

  @Test
  void aSizeOtherThanTheRecordedOneIsRejected() throws Exception {
    byte[] elf = SyntheticBzImage.fakeElf(1000);
    Path bzImage = write("vmlinuz", SyntheticBzImage.withPayload(SyntheticBzImage.gzip(elf), 999));

    assertThatThrownBy(() -> extractor.extract(bzImage, dir.resolve("vmlinux")))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("decompressed to 1000 bytes, but the bzImage records 999");
  }

  @Test
  void aPayloadBeyondTheEndOfTheFileIsRejected() throws Exception {
    byte[] image = SyntheticBzImage.withPayload(new byte[] {0x1F, (byte) 0x8B, 0, 0}, 10);
    Path bzImage = write("vmlinuz", java.util.Arrays.copyOf(image, 2090));

    assertThatThrownBy(() -> extractor.extract(bzImage, dir.resolve("vmlinux")))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("truncated or damaged");
  }

  @Test
  void aMissingDecompressorNamesTheTool() throws Exception {
    byte[] elf = SyntheticBzImage.fakeElf(1000);
    Path bzImage =
        write("vmlinuz", SyntheticBzImage.withPayload(SyntheticBzImage.gzip(elf), elf.length));
    ToolRunner noTools =
        (command, lines) -> {
          throw new ImageException("cannot run " + command.program());
        };

    assertThatThrownBy(() -> new KernelExtractor(noTools).extract(bzImage, dir.resolve("v")))
        .hasMessage("cannot run gzip");
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static boolean onPath(String program) {
    return ToolFinder.system().find(program).isPresent();
  }
}
