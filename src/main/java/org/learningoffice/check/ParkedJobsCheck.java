package org.learningoffice.check;

import java.time.Clock;
import java.util.List;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.store.Database;
import org.learningoffice.store.RetrySchedule;

/** Reports outbox jobs that gave up, with what to do about them. */
final class ParkedJobsCheck {
  /** Outbox jobs that gave up (Jira refused them): the forms and write-backs that are missing. */
  CheckResult run(Database database) {
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
