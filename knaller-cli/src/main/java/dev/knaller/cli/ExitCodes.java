package dev.knaller.cli;

import dev.knaller.VmConfigException;

/** The exit codes, in one place: 0 success, 1 failure at run time, 2 bad usage or input. */
final class ExitCodes {
  static final int SUCCESS = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  private ExitCodes() {}

  /**
   * Maps an exception that ended a command to its exit code. A bad configuration is bad input;
   * usage errors never get here, because {@link CommandGroup} reports them.
   */
  static int of(Throwable failure) {
    return failure instanceof VmConfigException ? USAGE : FAILURE;
  }
}
