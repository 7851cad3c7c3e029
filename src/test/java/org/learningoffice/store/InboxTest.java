package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.store.Inbox.Acceptance;
import org.learningoffice.store.Inbox.NewEvent;
import org.learningoffice.store.Inbox.Source;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class InboxTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final TestDatabase db;
  private final Inbox inbox;

  InboxTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    inbox =
        new Inbox(
            db.database(),
            clock,
            new RetrySchedule(3, Duration.ofSeconds(10), Duration.ofMinutes(5)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static NewEvent event(String key) {
    return new NewEvent(
        key, Source.WEBHOOK, "jira:issue_updated", "10001", "{\"key\":\"" + key + "\"}");
  }

  private int rows() {
    return db.database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM inbox").mapTo(Integer.class).one());
  }

  @Test
  void aDuplicateDedupeKeyIsAcknowledgedAndStoredOnce() {
    assertThat(inbox.accept(event("hook-1"))).isEqualTo(Acceptance.ACCEPTED);
    assertThat(inbox.accept(event("hook-1"))).isEqualTo(Acceptance.DUPLICATE);
    assertThat(inbox.accept(event("hook-2"))).isEqualTo(Acceptance.ACCEPTED);

    assertThat(rows()).isEqualTo(2);
  }

  @Test
  void aDuplicateKeepsTheFirstStoredEventUnchanged() {
    inbox.accept(event("hook-1"));
    NewEvent replay =
        new NewEvent("hook-1", Source.POLL, "jira:issue_created", "20002", "{\"other\":true}");

    assertThat(inbox.accept(replay)).isEqualTo(Acceptance.DUPLICATE);

    List<String> stored =
        db.database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT source, event_type, issue_id, payload FROM inbox"
                                + " WHERE dedupe_key = 'hook-1'")
                        .map(
                            (rs, ctx) ->
                                List.of(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4)))
                        .one());
    assertThat(stored)
        .containsExactly("WEBHOOK", "jira:issue_updated", "10001", "{\"key\":\"hook-1\"}");
  }

  @Test
  void concurrentDeliveriesOfOneKeyAreAcceptedOnceAndOtherwiseDuplicates() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        String key = "race-" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Acceptance>> answers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return inbox.accept(event(key));
                  }));
        }
        start.countDown();
        List<Acceptance> got = new java.util.ArrayList<>();
        for (Future<Acceptance> answer : answers) {
          got.add(answer.get(60, TimeUnit.SECONDS));
        }
        assertThat(got).as(key).containsOnlyOnce(Acceptance.ACCEPTED).hasSize(threads);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(rows()).isEqualTo(20);
  }

  @Test
  void aProcessedEventIsMarkedDoneTogetherWithTheHandlersWrites() {
    inbox.accept(event("hook-1"));

    var processed =
        inbox.processNext(
            (h, e) ->
                h.createUpdate(
                        "INSERT INTO checkpoints (name, position, updated_at) VALUES (:n, 'x', :t)")
                    .bind("n", e.dedupeKey())
                    .bind("t", clock.instant())
                    .execute());

    assertThat(processed).isPresent();
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("DONE", 1));
    assertThat(new Checkpoints(db.database(), clock).get("hook-1")).contains("x");
    assertThat(inbox.processNext((h, e) -> {})).isEmpty();
  }

  @Test
  void aFailingHandlersWritesAreRolledBackAndTheEventIsRetriedAfterABackoff() {
    inbox.accept(event("hook-1"));
    Inbox.Handler failing =
        (h, e) -> {
          h.createUpdate(
                  "INSERT INTO checkpoints (name, position, updated_at) VALUES ('half', 'x', :t)")
              .bind("t", clock.instant())
              .execute();
          throw new IllegalStateException("Jira payload without issue");
        };

    assertThat(inbox.processNext(failing)).isPresent();

    assertThat(new Checkpoints(db.database(), clock).get("half")).isEmpty();
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("PENDING", 1));
    assertThat(inbox.processNext((h, e) -> {})).as("not due before the backoff").isEmpty();
    clock.advance(Duration.ofSeconds(10));
    assertThat(inbox.processNext((h, e) -> {})).isPresent();
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("DONE", 1));
  }

  @Test
  void aPoisonEventIsParkedWithItsErrorAndDoesNotBlockTheQueue() {
    inbox.accept(event("poison"));
    inbox.accept(event("good"));
    List<String> handled = new java.util.ArrayList<>();
    Inbox.Handler handler =
        (h, e) -> {
          if (e.dedupeKey().equals("poison")) {
            throw new IllegalArgumentException("cannot read this event");
          }
          handled.add(e.dedupeKey());
        };

    for (int i = 0; i < 10; i++) {
      inbox.drain(handler, 10);
      clock.advance(Duration.ofMinutes(10));
    }

    assertThat(handled).containsExactly("good");
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("DONE", 1, "PARKED", 1));
    String error =
        db.database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT last_error FROM inbox WHERE dedupe_key = 'poison'")
                        .mapTo(String.class)
                        .one());
    assertThat(error).isEqualTo("IllegalArgumentException: cannot read this event");
  }

  @Test
  void workersOnSeveralThreadsProcessEveryEventExactlyOnce() throws Exception {
    int events = 60;
    for (int i = 0; i < events; i++) {
      inbox.accept(event("hook-" + i));
    }
    ConcurrentLinkedQueue<String> handled = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> workers =
          List.of(
              pool.submit(() -> inbox.drain((h, e) -> handled.add(e.dedupeKey()), events)),
              pool.submit(() -> inbox.drain((h, e) -> handled.add(e.dedupeKey()), events)),
              pool.submit(() -> inbox.drain((h, e) -> handled.add(e.dedupeKey()), events)),
              pool.submit(() -> inbox.drain((h, e) -> handled.add(e.dedupeKey()), events)));
      int total = 0;
      for (Future<Integer> worker : workers) {
        total += worker.get(60, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(events);
    } finally {
      pool.shutdownNow();
    }

    assertThat(handled).hasSize(events).doesNotHaveDuplicates();
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("DONE", events));
  }
}
