package org.learningoffice.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.learningoffice.config.AppConfig;
import org.learningoffice.web.PortProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: runs the service until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the service: HTTP (webhook intake, forms, health), the inbox worker and every other"
          + " background job. Migrates the database on start. Stops cleanly on SIGTERM or Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin ConfigFileOption configFile;

  @Option(
      names = "--warm-up",
      description =
          "Starts on any free port with no background job running, asks its own /health once and"
              + " stops. Under java -XX:ArchiveClassesAtExit=FILE this records the classes a start"
              + " loads, for -XX:SharedArchiveFile=FILE (see the README's systemd unit).")
  boolean warmUp;

  @Spec CommandSpec spec;

  private final Map<String, String> env;

  ServeCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() throws InterruptedException {
    AppConfig config = configFile.load(env);
    PrintWriter out = spec.commandLine().getOut();
    if (warmUp) {
      int exitCode = new WarmUp(config, Clock.systemUTC()).run(out);
      out.flush();
      return exitCode;
    }
    PortProbe.requireFree(config.server().port()); // before the store is opened or migrated
    Application application = Application.create(config, Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown =
        new Thread(
            () -> {
              application.close();
              stopped.countDown();
            },
            "shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    try {
      application.start();
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(shutdown);
      application.close();
      throw e;
    }
    out.printf("Learning Office is serving on port %d%n", application.port());
    out.flush();
    stopped.await();
    return 0;
  }
}
