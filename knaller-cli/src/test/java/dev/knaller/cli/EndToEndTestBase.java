package dev.knaller.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared set-up of the CLI end-to-end tests: a fresh {@link EndToEnd} world in a temporary
 * directory before each test (skipping, with the reason, where pasta cannot run), and the killing
 * of whatever a failed test left running after it.
 */
abstract class EndToEndTestBase {
  @TempDir Path directory;
  EndToEnd e2e;

  @BeforeEach
  void prepare() throws Exception {
    e2e = EndToEnd.prepare(directory);
  }

  @AfterEach
  void killLeftovers() throws Exception {
    if (e2e != null) {
      e2e.killLeftovers();
    }
  }
}
