package org.learningoffice.app;

import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of {@code java -jar learning-office.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The whole command line, with every command; {@code env} supplies the {@code LO_} overrides. */
  static CommandLine commandLine(Map<String, String> env) {
    CommandLine cli = new CommandLine(new LearningOfficeCommand());
    cli.addSubcommand(new CheckCommand(env));
    cli.addSubcommand(new ServeCommand(env));
    cli.addSubcommand(new DemoCommand());
    cli.addSubcommand(new BackfillCommand(env));
    cli.addSubcommand(new InstallCommand(env));
    cli.addSubcommand("classify", new ClassifyCommand(env, Clock.systemUTC()));
    cli.addSubcommand(new DigestCommand(env));
    cli.addSubcommand(new ExportCommand(env));
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    cli.setParameterExceptionHandler(new ShortParameterErrors());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
