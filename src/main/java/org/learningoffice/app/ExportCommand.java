package org.learningoffice.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.lesson.LessonExport;
import org.learningoffice.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: writes stored lessons to stdout as CSV or JSON. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the stored lessons, oldest first, to standard output: CSV (RFC 4180; cells that"
          + " a spreadsheet would run as a formula start with ') or a JSON array. Reads only the"
          + " store: section of the configuration."
    })
final class ExportCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      required = true,
      paramLabel = "csv|json",
      description = "csv or json.")
  LessonExport.Format format;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only lessons created on or after this date (UTC), e.g. 2026-01-01.")
  LocalDate since;

  @Mixin ConfigFileOption configFile;

  @Spec CommandSpec spec;

  private final Map<String, String> env;

  private final ObjectMapper json = new CoreModule(Clock.systemUTC()).objectMapper();

  ExportCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() throws Exception {
    StoreConfig store = new ConfigLoader(env).loadStore(configFile.file);
    Instant from = since == null ? Instant.EPOCH : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    try (Database database = Database.openExisting(store)) {
      Writer out = spec.commandLine().getOut();
      new LessonExport(database, json).write(format, from, out);
      out.flush();
      return 0;
    }
  }
}
