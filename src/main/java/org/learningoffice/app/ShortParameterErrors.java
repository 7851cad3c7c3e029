package org.learningoffice.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.learningoffice.config.KeySpelling;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong option or value is answered in a few lines: what is wrong, what was probably meant, and
 * where the usage is, instead of the whole usage text. Only a missing command shows the list of
 * commands (a command with subcommands of its own, such as {@code classify}, is answered short
 * too). A mistyped option is named even when picocli first complains of what it left missing
 * ({@code export --fromat csv} is about {@code --fromat}, not a missing {@code --format}).
 */
final class ShortParameterErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    Optional<String> command = unknownCommand(e, cli);
    if (command.filter("help"::equals).isPresent()) {
      String name = cli.getCommandSpec().qualifiedName();
      err.println(
          cli.getColorScheme()
              .errorText(
                  "there is no 'help' command: run '"
                      + name
                      + " --help', or '"
                      + name
                      + " COMMAND --help' for one command"));
      return cli.getCommandSpec().exitCodeOnInvalidInput();
    }
    if (command.isPresent()) {
      err.println(
          cli.getColorScheme()
              .errorText(
                  "unknown command '"
                      + command.get()
                      + "'; commands: "
                      + String.join(", ", cli.getSubcommands().keySet())));
      UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its usage.");
      return cli.getCommandSpec().exitCodeOnInvalidInput();
    }
    Optional<String> badValue = badValue(e);
    if (badValue.isPresent()) {
      err.println(cli.getColorScheme().errorText(badValue.get()));
      err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its usage.");
      return cli.getCommandSpec().exitCodeOnInvalidInput();
    }
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
      if (cli.getParent() == null && !cli.getSubcommands().isEmpty()) {
        cli.usage(err, cli.getColorScheme());
      }
    }
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its usage.");
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The word given where a command was expected, if that is what went wrong. */
  private static Optional<String> unknownCommand(ParameterException e, CommandLine cli) {
    if (!(e instanceof UnmatchedArgumentException unmatched)
        || cli.getSubcommands().isEmpty()
        || unmatched.getUnmatched().isEmpty()) {
      return Optional.empty();
    }
    String first = unmatched.getUnmatched().get(0);
    return first.startsWith("-") ? Optional.empty() : Optional.of(first);
  }

  /**
   * A value picocli could not convert, said as {@code --since: '2026-13-01' is not a date
   * (YYYY-MM-DD)} instead of the converter's exception.
   */
  private static Optional<String> badValue(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    if (arg == null || e.getValue() == null || e.getCause() == null) {
      return Optional.empty();
    }
    String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    String value = e.getValue();
    if (arg.type() == LocalDate.class) {
      return Optional.of(name + ": '" + value + "' is not a date (YYYY-MM-DD)");
    }
    if (arg.type() == Integer.class || arg.type() == int.class) {
      return Optional.of(name + ": '" + value + "' is not a whole number");
    }
    return Optional.empty();
  }

  /**
   * The first argument that looks like an option but is none of this command's (or its parents').
   */
  private static Optional<String> unknownOption(CommandLine cli, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return Optional.empty();
      }
      String name = arg.split("=", 2)[0];
      if (takesAValue(cli, name) && !arg.contains("=")) {
        i++; // the option's value, such as the -5 of --port -5, is no option
      } else if (arg.startsWith("-") && arg.length() > 1 && !known(cli, name)) {
        return Optional.of(arg);
      }
    }
    return Optional.empty();
  }

  private static boolean takesAValue(CommandLine cli, String option) {
    for (CommandLine c = cli; c != null; c = c.getParent()) {
      OptionSpec spec = c.getCommandSpec().optionsMap().get(option);
      if (spec != null) {
        return spec.arity().min() > 0;
      }
    }
    return false;
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
