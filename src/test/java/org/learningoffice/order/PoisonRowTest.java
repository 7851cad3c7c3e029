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
import org.learningoffice.order.Inbox.NewEvent;
import org.learningoffice.order.Inbox.Source;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxWorker;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

/**
 * A row whose processing fails with an error that a database cannot store as it is (NUL in the
 * message, as a webhook with NUL in its issue key once caused) moves on all the same: it backs off,
 * the rows behind it are processed, and it is parked after its attempts.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class PoisonRowTest {
  private static final RetrySchedule THREE_TRIES =
      new RetrySchedule(3, Duration.ofSeconds(10), Duration.ofMinutes(5));
  private static final String POISON = "value too long for \u0000 key ORD-\u0000\uD800";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final TestDatabase db;

  PoisonRowTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anInboxEventWhoseErrorHoldsNulBacksOffAndTheEventsBehindItAreProcessed() {
    Inbox inbox = new Inbox(db.database(), clock, THREE_TRIES);
    inbox.accept(new NewEvent("poison", Source.WEBHOOK, "jira:issue_created", "1", "{}"));
    inbox.accept(new NewEvent("healthy", Source.WEBHOOK, "jira:issue_created", "2", "{}"));
    List<String> applied = new ArrayList<>();
    Inbox.Handler handler =
        (h, event) -> {
          if (event.dedupeKey().equals("poison")) {
            throw new IllegalStateException(POISON);
          }
          applied.add(event.dedupeKey());
        };

    assertThat(inbox.drain(handler, 10)).isEqualTo(2);

    assertThat(applied).containsExactly("healthy");
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("PENDING", 1, "DONE", 1));
    assertThat(lastError("inbox")).startsWith("IllegalStateException: value too long for \\0");
  }

  @Test
  void anInboxEventThatKeepsFailingIsParkedAfterItsAttempts() {
    Inbox inbox = new Inbox(db.database(), clock, THREE_TRIES);
    inbox.accept(new NewEvent("poison", Source.WEBHOOK, "jira:issue_created", "1", "{}"));

    for (int attempt = 0; attempt < THREE_TRIES.maxAttempts(); attempt++) {
      inbox.drain(
          (h, event) -> {
            throw new IllegalStateException(POISON);
          },
          10);
      clock.advance(THREE_TRIES.maxDelay());
    }

    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("PARKED", 1));
    assertThat(inbox.oldestWaitingSince()).isEmpty();
  }

  @Test
  void anOutboxJobWhoseErrorHoldsNulBacksOffIsParkedAfterItsAttemptsAndOthersRun() {
    Outbox outbox = new Outbox(db.database(), clock, THREE_TRIES);
    outbox.enqueue(new Outbox.NewJob("poison:1", "POISON", null, "{}", clock.instant()));
    outbox.enqueue(new Outbox.NewJob("healthy:1", "HEALTHY", null, "{}", clock.instant()));
    List<String> ran = new ArrayList<>();
    OutboxWorker worker =
        new OutboxWorker(
            outbox,
            Map.of(
                "POISON",
                (job, steps) -> {
                  throw new IllegalStateException(POISON);
                },
                "HEALTHY",
                (job, steps) -> ran.add(job.jobKey())),
            Set.of(),
            clock,
            new OutboxWorker.Settings(
                "worker-1", 10, Duration.ofMinutes(5), Duration.ofSeconds(1)));

    worker.runDue();

    assertThat(ran).containsExactly("healthy:1");
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("PENDING", 1, "DONE", 1));
    assertThat(lastError("outbox")).startsWith("IllegalStateException: value too long for \\0");

    for (int attempt = 1; attempt < THREE_TRIES.maxAttempts(); attempt++) {
      clock.advance(THREE_TRIES.maxDelay());
      worker.runDue();
    }
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("PARKED", 1, "DONE", 1));
  }

  private String lastError(String table) {
    return db.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT last_error FROM " + table + " WHERE last_error IS NOT NULL")
                    .mapTo(String.class)
                    .one());
  }
}
