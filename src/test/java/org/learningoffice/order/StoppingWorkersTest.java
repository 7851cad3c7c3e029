package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.lifecycle.StopSignal;
import org.learningoffice.order.Inbox.NewEvent;
import org.learningoffice.order.Inbox.Source;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxWorker;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

/**
 * When the service stops, the workers finish the item in hand and take no more: queued inbox events
 * stay pending, claimed outbox jobs not begun go back uncounted, nothing is lost.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class StoppingWorkersTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final StopSignal stop = new StopSignal();
  private final TestDatabase db;

  StoppingWorkersTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theInboxWorkerStopsAfterTheEventInHand() {
    Inbox inbox = new Inbox(db.database(), clock, RetrySchedule.DEFAULT);
    for (int i = 0; i < 5; i++) {
      inbox.accept(new NewEvent("e-" + i, Source.WEBHOOK, "jira:issue_created", "" + i, "{}"));
    }
    List<String> applied = new ArrayList<>();
    InboxWorker worker =
        new InboxWorker(
            inbox,
            (h, event) -> {
              applied.add(event.dedupeKey());
              stop.raise();
            },
            Duration.ofSeconds(1),
            stop);

    assertThat(worker.drain()).isEqualTo(1);

    assertThat(applied).containsExactly("e-0");
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("DONE", 1, "PENDING", 4));
  }

  @Test
  void theOutboxWorkerReleasesTheClaimedJobsItHasNotBegun() {
    Outbox outbox = new Outbox(db.database(), clock, RetrySchedule.DEFAULT);
    for (int i = 0; i < 4; i++) {
      outbox.enqueue(new Outbox.NewJob("job:" + i, "JOB", null, "{}", clock.instant()));
    }
    List<String> ran = new ArrayList<>();
    OutboxWorker worker =
        new OutboxWorker(
            outbox,
            Map.of(
                "JOB",
                (job, steps) -> {
                  ran.add(job.jobKey());
                  stop.raise();
                }),
            Set.of(),
            clock,
            new OutboxWorker.Settings("worker-1", 10, Duration.ofMinutes(5), Duration.ofSeconds(1)),
            stop);

    assertThat(worker.runDue()).isEqualTo(4);

    assertThat(ran).containsExactly("job:0");
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("DONE", 1, "PENDING", 3));
    List<Outbox.Job> again = outbox.claim("worker-2", 10, Duration.ofMinutes(5));
    assertThat(again).extracting(Outbox.Job::jobKey).containsExactly("job:1", "job:2", "job:3");
    assertThat(again).extracting(Outbox.Job::attempts).containsOnly(1);
  }
}
