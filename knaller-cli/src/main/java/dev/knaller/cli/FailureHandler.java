package dev.knaller.cli;

import dev.knaller.KnallerException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failed command on stderr. Knaller's own exceptions carry complete messages (what
 * failed, with which object, and the remedy), so they are printed without a stack trace; anything
 * else is a bug and gets one.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception failure, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (failure instanceof KnallerException || failure instanceof BadInputException) {
      err.println("knaller: " + failure.getMessage());
    } else {
      err.println("knaller: unexpected failure: " + failure);
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.of(failure);
  }
}
