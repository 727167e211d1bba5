package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameClaimTest {
  @TempDir Path directory;

  @Test
  void aSecondClaimOfTheSameNameFailsWhileTheFirstIsHeld() throws Exception {
    Path file = directory.resolve("demo.lock");

    NameClaim first = NameClaim.tryClaim(file).orElseThrow();
    try {
      assertThat(NameClaim.tryClaim(file)).isEmpty();
    } finally {
      first.close();
    }
  }

  @Test
  void releasingDeletesTheFileAndFreesTheName() throws Exception {
    Path file = directory.resolve("demo.lock");

    NameClaim.tryClaim(file).orElseThrow().close();

    assertThat(file).doesNotExist();
    Optional<NameClaim> again = NameClaim.tryClaim(file);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void closingTwiceIsHarmless() throws Exception {
    NameClaim claim = NameClaim.tryClaim(directory.resolve("demo.lock")).orElseThrow();

    claim.close();
    claim.close();

    assertThat(directory.resolve("demo.lock")).doesNotExist();
  }
}
