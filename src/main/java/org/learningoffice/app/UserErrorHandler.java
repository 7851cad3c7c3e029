package org.learningoffice.app;

import org.learningoffice.config.ConfigException;
import org.learningoffice.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns errors a user can act on (bad configuration, unreachable database) into one clear message
 * and exit code 1, instead of a stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed)
      throws Exception {
    if (e instanceof ConfigException || e instanceof StoreException) {
      cli.getErr().println(cli.getColorScheme().errorText(e.getMessage()));
      return 1;
    }
    throw e;
  }
}
