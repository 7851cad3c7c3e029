package org.learningoffice.check;

import java.time.Clock;
import java.util.List;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.store.Database;
import org.learningoffice.store.Outbox;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.store.StoreException;

/** Checks that the database answers, without changing its schema, and reports parked jobs. */
final class StoreCheck {
  private final StoreConfig config;

  StoreCheck(StoreConfig config) {
    this.config = config;
  }

  List<CheckResult> run() {
    String kind = config.isPostgres() ? "PostgreSQL" : "H2";
    try (Database database = Database.connect(config)) {
      int pending = database.pendingMigrations();
      CheckResult answers =
          CheckResult.ok(
              "database",
              kind
                  + " answers"
                  + (pending == 0
                      ? "; schema up to date"
                      : "; "
                          + pending
                          + " schema migration(s) will be applied when the service starts"));
      return List.of(answers, parkedJobs(database));
    } catch (StoreException e) {
      return List.of(CheckResult.fail("database", e.getMessage()));
    }
  }

  /** Outbox jobs that gave up (Jira refused them): the forms and write-backs that are missing. */
  private static CheckResult parkedJobs(Database database) {
    // only counts: the clock and retry schedule of this Outbox are never used
    Outbox outbox = new Outbox(database, Clock.systemUTC(), RetrySchedule.DEFAULT);
    int parked;
    List<Outbox.ParkedJob> oldest;
    try {
      parked = outbox.countsByStatus().getOrDefault("PARKED", 0);
      oldest = outbox.parked(3);
    } catch (RuntimeException e) {
      return CheckResult.skip("outbox", "no outbox table yet (the service creates it on start)");
    }
    if (parked == 0) {
      return CheckResult.ok("outbox", "no parked jobs");
    }
    StringBuilder detail =
        new StringBuilder()
            .append(parked)
            .append(" parked job(s) will not be retried; fix the cause, then set their status to")
            .append(" PENDING: ");
    for (int i = 0; i < oldest.size(); i++) {
      Outbox.ParkedJob job = oldest.get(i);
      detail
          .append(i == 0 ? "" : "; ")
          .append(job.jobKey())
          .append(" (")
          .append(job.lastError())
          .append(')');
    }
    return CheckResult.warn("outbox", detail.toString());
  }
}
