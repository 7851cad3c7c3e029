package org.learningoffice.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point of {@code java -jar learning-office.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLineFor(System.getenv(), args).execute(args));
  }

  /** The whole command line, with every command; {@code env} supplies the {@code LO_} overrides. */
  static CommandLine commandLine(Map<String, String> env) {
    return build(commands(env));
  }

  /**
   * The command line that runs {@code args}: when they start with a command's name, it holds that
   * command alone (picocli reads every command's annotations when it is added, a good part of a
   * start of {@code serve}); otherwise every command, for the help and for picocli's suggestions.
   */
  static CommandLine commandLineFor(Map<String, String> env, String... args) {
    Map<String, Supplier<Object>> commands = commands(env);
    if (args.length > 0 && commands.containsKey(args[0])) {
      return build(Map.of(args[0], commands.get(args[0])));
    }
    return build(commands);
  }

  /** Every command by name, in the order of the help, each made when asked for. */
  private static Map<String, Supplier<Object>> commands(Map<String, String> env) {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("check", () -> new CheckCommand(env));
    commands.put("serve", () -> new ServeCommand(env));
    commands.put("demo", DemoCommand::new);
    commands.put("backfill", () -> new BackfillCommand(env));
    commands.put("install", () -> new InstallCommand(env));
    commands.put("classify", () -> new ClassifyCommand(env, Clock.systemUTC()));
    commands.put("digest", () -> new DigestCommand(env));
    commands.put("export", () -> new ExportCommand(env));
    return commands;
  }

  private static CommandLine build(Map<String, Supplier<Object>> commands) {
    CommandLine cli = new CommandLine(new LearningOfficeCommand());
    commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    cli.setParameterExceptionHandler(new ShortParameterErrors());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
