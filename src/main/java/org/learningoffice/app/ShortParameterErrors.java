package org.learningoffice.app;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.learningoffice.config.KeySpelling;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong option or value is answered in a few lines: what is wrong, what was probably meant, and
 * where the usage is, instead of the whole usage text. Only a missing command shows the list of
 * commands. A mistyped option is named even when picocli first complains of what it left missing
 * ({@code export --fromat csv} is about {@code --fromat}, not a missing {@code --format}).
 */
final class ShortParameterErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    Optional<String> unknown = unknownOption(cli, args);
    ParameterException shown =
        e instanceof UnmatchedArgumentException || unknown.isEmpty()
            ? e
            : new UnmatchedArgumentException(cli, List.of(unknown.get()));
    err.println(cli.getColorScheme().errorText(shown.getMessage()));
    Optional<String> meant =
        unknown.flatMap(option -> KeySpelling.closest(option.split("=", 2)[0], optionNames(cli)));
    if (meant.isPresent()) {
      err.println("Did you mean " + meant.get() + "?");
    } else if (!UnmatchedArgumentException.printSuggestions(shown, err)) {
      if (!cli.getSubcommands().isEmpty()) {
        cli.usage(err, cli.getColorScheme());
      }
    }
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its usage.");
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * The first argument that looks like an option but is none of this command's (or its parents').
   */
  private static Optional<String> unknownOption(CommandLine cli, String[] args) {
    return Arrays.stream(args)
        .filter(arg -> arg.startsWith("-") && arg.length() > 1 && !arg.equals("--"))
        .filter(arg -> !known(cli, arg.split("=", 2)[0]))
        .findFirst();
  }

  private static boolean known(CommandLine cli, String option) {
    return optionNames(cli).contains(option);
  }

  /** The option names of this command and its parents. */
  private static Set<String> optionNames(CommandLine cli) {
    Set<String> names = new TreeSet<>();
    for (CommandLine c = cli; c != null; c = c.getParent()) {
      names.addAll(c.getCommandSpec().optionsMap().keySet());
    }
    return names;
  }
}
