package org.learningoffice.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.digest.DigestService;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.delivery.DigestSender;
import org.learningoffice.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code digest}: builds a week's digest, writes its files and sends it. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the learning-office digest of an ISO week from the store (default: the last full"
          + " week in digest.zone) and sends it on every configured channel, each delivery at"
          + " most once. --out writes digest-<week>.html, .txt, .json, .slack.json and"
          + " .teams.json; --dry-run sends nothing."
    })
final class DigestCommand implements Callable<Integer> {
  @Option(names = "--week", paramLabel = "YYYY-Www", description = "ISO week, e.g. 2026-W48.")
  String week;

  @Option(
      names = "--dry-run",
      description =
          "Build and write, but send nothing; needs only the store: (and digest:) sections of the"
              + " configuration.")
  boolean dryRun;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the digest files to.")
  Path out;

  @Mixin ConfigFileOption configFile;

  @Spec CommandSpec spec;

  private final Map<String, String> env;

  DigestCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() {
    Optional<IsoWeek> asked = Optional.empty();
    if (week != null) {
      asked =
          Optional.of(
              IsoWeek.parse(week)
                  .orElseThrow(
                      () ->
                          new ParameterException(
                              spec.commandLine(),
                              "--week '" + week + "' is not an ISO week such as 2026-W48")));
    }
    // a preview reads the store only: it needs no Jira secrets
    AppConfig config =
        dryRun ? new ConfigLoader(env).loadForDigestPreview(configFile.file) : configFile.load(env);
    // a preview must not create an empty store where store.url points by mistake
    Application app =
        dryRun
            ? Application.create(config, Clock.systemUTC(), new ExistingStoreModule())
            : Application.create(config, Clock.systemUTC());
    try {
      DigestService digests = app.get(DigestService.class);
      IsoWeek target = asked.orElseGet(digests::lastFullWeek);
      PrintWriter stdout = spec.commandLine().getOut();
      boolean skipped = config.digest().skipEmptyWeeks() && digests.isEmptyWeek(target);
      if (skipped && dryRun) {
        stdout.println(
            "Digest "
                + target
                + ": no order closed and no lesson was captured, so it would not be sent"
                + " (digest.skipEmptyWeeks).");
      }
      if (out != null) {
        for (Path file : digests.write(target, out)) {
          stdout.println("Wrote " + file);
        }
      } else if (dryRun) {
        stdout.print(
            new org.learningoffice.digest.TextRenderer()
                .render(digests.build(target), Optional.empty()));
      }
      if (!dryRun) {
        DigestSender sender = app.get(DigestSender.class);
        if (!sender.hasChannels()) {
          stdout.println(
              "No digest channel is configured (digest.recipients, digest.slack, ...): nothing sent.");
        } else {
          DigestSender.Outcome outcome = sender.send(target);
          if (outcome.emptyWeek()) {
            stdout.println(
                "Digest "
                    + target
                    + ": no order closed and no lesson was captured; nothing sent"
                    + " (digest.skipEmptyWeeks).");
            stdout.flush();
            return 0;
          }
          stdout.printf(
              "Digest %s: %d sent, %d failed (the service retries them), %d outcome unknown,"
                  + " %d already sent or in hand%n",
              target, outcome.sent(), outcome.failed(), outcome.unknown(), outcome.skipped());
          stdout.flush();
          return outcome.failed() + outcome.unknown() > 0 ? 1 : 0;
        }
      }
      stdout.flush();
      return 0;
    } finally {
      app.get(Database.class).close();
    }
  }
}
