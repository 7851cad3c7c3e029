package org.learningoffice.app;

import org.learningoffice.config.ConfigException;
import org.learningoffice.digest.DigestWriteException;
import org.learningoffice.store.StoreException;
import org.learningoffice.web.PortInUseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns errors a user can act on (bad configuration, unreachable database, a port in use) into one
 * clear message and exit code 1, instead of a stack trace, also when the injector wrapped them.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed)
      throws Exception {
    // Guice wraps what a provider threw (the store failing to open) in pages of injector detail
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConfigException
          || cause instanceof StoreException
          || cause instanceof PortInUseException
          || cause instanceof DigestWriteException) {
        cli.getErr().println(cli.getColorScheme().errorText(cause.getMessage()));
        return 1;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    throw e;
  }
}
