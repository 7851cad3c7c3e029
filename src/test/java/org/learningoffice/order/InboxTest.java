package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.order.Inbox.Acceptance;
import org.learningoffice.order.Inbox.NewEvent;
import org.learningoffice.order.Inbox.Source;
import org.learningoffice.store.Checkpoints;
import org.learningoffice.store.RetrySchedule;
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
  void aPayloadOfAsManyCharactersAsTheDefaultRequestLimitHasBytesIsStoredWhole() {
    String payload =
        "{\"text\":\"" + "ä€".repeat(ServerConfig.DEFAULT_MAX_REQUEST_BYTES / 2) + "\"}";
    inbox.accept(new NewEvent("big", Source.WEBHOOK, "jira:issue_updated", "10001", payload));

    AtomicReference<String> stored = new AtomicReference<>();
    inbox.processNext((h, event) -> stored.set(event.payload()));

    assertThat(stored.get()).isEqualTo(payload);
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
  void aBurstOfConcurrentDeliveriesWithRepeatsStoresEachEventOnceAndAcceptsItOnce()
      throws Exception {
    Map<String, Integer> accepted = burst(List.of(inbox), 8, 300, 500);

    assertThat(accepted).hasSize(500).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
    assertThat(rows()).isEqualTo(500);
    List<String> mismatched =
        db.database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT dedupe_key FROM inbox WHERE payload <> CONCAT('{\"key\":\"',"
                                + " dedupe_key, '\"}')")
                        .mapTo(String.class)
                        .list());
    assertThat(mismatched).as("rows whose payload is another event's").isEmpty();
  }

  @Test
  void twoInstancesOfferingTheSameEventsAtOnceStoreEachOnce() throws Exception {
    Inbox other = new Inbox(db.database(), clock, RetrySchedule.DEFAULT);

    Map<String, Integer> accepted = burst(List.of(inbox, other), 8, 200, 300);

    assertThat(accepted).hasSize(300).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
    assertThat(rows()).isEqualTo(300);
  }

  @Test
  void anEventThatCannotBeStoredFailsOnlyItsOwnDeliveryAmongConcurrentOnes() throws Exception {
    String tooLong = "k".repeat(300);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Acceptance>> good = new java.util.ArrayList<>();
      List<Future<Acceptance>> bad = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String key = i % 10 == 0 ? tooLong + i : "ok-" + i;
        Future<Acceptance> answer =
            pool.submit(
                () -> {
                  start.await();
                  return inbox.accept(event(key));
                });
        (key.startsWith("ok-") ? good : bad).add(answer);
      }
      start.countDown();

      for (Future<Acceptance> answer : good) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(Acceptance.ACCEPTED);
      }
      for (Future<Acceptance> answer : bad) {
        assertThatThrownBy(() -> answer.get(60, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows()).isEqualTo(36);
  }

  /**
   * Offers {@code perThread} events from each of {@code threads} threads at once, their keys drawn
   * from {@code distinctKeys} (so most keys arrive several times), spread over the given inboxes.
   *
   * @return for each key, how many offers were answered ACCEPTED
   */
  private static Map<String, Integer> burst(
      List<Inbox> inboxes, int threads, int perThread, int distinctKeys) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<String, Integer> accepted = new java.util.concurrent.ConcurrentHashMap<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    String key = "burst-" + ((thread * 7919 + i * 31) % distinctKeys);
                    Acceptance answer =
                        inboxes.get((thread + i) % inboxes.size()).accept(event(key));
                    accepted.merge(key, answer == Acceptance.ACCEPTED ? 1 : 0, Integer::sum);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return accepted;
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
