package dev.knaller.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A logger finder for the benchmark JVMs: it keeps the time at which the library's start sequence
 * logs each step (its DEBUG line "vm NAME: STEP"), so {@link BootTimer} can split a start into
 * steps. Every other logger is silent.
 */
public final class StepClock extends System.LoggerFinder {
  private static final String SEQUENCE_LOGGER = "dev.knaller.vm.StartSequence";
  private static final List<StepMark> MARKS = new ArrayList<>();

  /** Returns and forgets the steps logged so far. */
  static synchronized List<StepMark> take() {
    List<StepMark> copy = List.copyOf(MARKS);
    MARKS.clear();
    return copy;
  }

  private static synchronized void mark(String step) {
    MARKS.add(new StepMark(System.nanoTime(), step));
  }

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new Recorder(name, name.equals(SEQUENCE_LOGGER));
  }

  private record Recorder(String getName, boolean records) implements System.Logger {
    @Override
    public boolean isLoggable(Level level) {
      return records && level == Level.DEBUG;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {}

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level) && params != null && params.length == 2) {
        mark(String.valueOf(params[1]));
      }
    }
  }
}
