package org.learningoffice.app;

import com.google.inject.Guice;
import java.time.Clock;
import java.util.Map;
import org.learningoffice.classify.ClassifyModule;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.InMemoryClassifyEdgesModule;
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
    cli.addSubcommand(
        "classify",
        Guice.createInjector(
                new CoreModule(Clock.systemUTC()),
                new ClassifyModule(ClassifySettings.defaults()),
                new InMemoryClassifyEdgesModule())
            .getInstance(ClassifyCommand.class));
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    return cli;
  }
}
