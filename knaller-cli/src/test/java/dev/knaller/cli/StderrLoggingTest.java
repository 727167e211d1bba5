package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger.Level;
import org.junit.jupiter.api.Test;

class StderrLoggingTest {
  @Test
  void knallerLogNamesTheThresholdAndAnythingElseMeansWarnings() {
    assertThat(StderrLogging.initial("debug")).isEqualTo(Level.DEBUG);
    assertThat(StderrLogging.initial(" INFO ")).isEqualTo(Level.INFO);
    assertThat(StderrLogging.initial("loud")).isEqualTo(Level.WARNING);
    assertThat(StderrLogging.initial(null)).isEqualTo(Level.WARNING);
  }

  @Test
  void theJdksOwnLoggersStayAtWarningsWhateverTheThreshold() {
    StderrLoggerFinder finder = new StderrLoggerFinder();

    assertThat(
            finder
                .getLogger("java.lang.ProcessBuilder", Object.class.getModule())
                .isLoggable(Level.INFO))
        .isFalse();
    assertThat(
            finder
                .getLogger("dev.knaller.vm.VmStart", Object.class.getModule())
                .isLoggable(Level.WARNING))
        .isTrue();
  }

  @Test
  void theCliInstallsItsFinder() {
    assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(StderrLoggerFinder.class);
  }
}
