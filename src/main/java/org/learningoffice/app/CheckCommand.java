package org.learningoffice.app;

import com.google.inject.Guice;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.learningoffice.check.CheckResult;
import org.learningoffice.check.SetupCheck;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigException;
import org.learningoffice.config.ConfigModule;
import org.learningoffice.jira.JiraModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: validates the configuration and the Jira connection, one line per check. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validates the configuration, the database and the Jira connection: deployment and"
          + " version, sign-in, permissions, the orders JQL and every mapped field.",
      "Prints one line per check (OK, WARN, FAIL or SKIP, and what to do); exits 1 on any FAIL."
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin ConfigFileOption configFile;

  @Spec CommandSpec spec;

  private final Map<String, String> env;

  CheckCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AppConfig config;
    try {
      config = configFile.load(env);
    } catch (ConfigException e) {
      e.problems().forEach(problem -> out.println(CheckResult.fail("config", problem).line()));
      out.flush();
      return 1;
    }
    out.println(CheckResult.ok("config", configFile.file + " is valid").line());
    List<CheckResult> results =
        Guice.createInjector(
                new CoreModule(Clock.systemUTC()),
                new ConfigModule(config),
                JiraSiteModule.interactive(),
                new JiraModule())
            .getInstance(SetupCheck.class)
            .run();
    results.forEach(result -> out.println(result.line()));
    out.flush();
    return results.stream().anyMatch(r -> r.status() == CheckResult.Status.FAIL) ? 1 : 0;
  }
}
