package org.learningoffice.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong option or value is answered in a few lines: what is wrong, what was probably meant, and
 * where the usage is, instead of the whole usage text. Only a missing command shows the list of
 * commands.
 */
final class ShortParameterErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(cli.getColorScheme().errorText(e.getMessage()));
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      if (!cli.getSubcommands().isEmpty()) {
        cli.usage(err, cli.getColorScheme());
      }
    }
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its usage.");
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }
}
