package org.learningoffice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

/** The generic worker: dispatch by kind, recorded steps, retry no sooner than told, parking. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class OutboxWorkerTest {
  private static final OutboxWorker.Settings SETTINGS =
      new OutboxWorker.Settings("worker-1", 10, Duration.ofMinutes(5), Duration.ofSeconds(1));

  /** A failure the test's classifier knows: retry no sooner than a given moment. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Instant until;

    Busy(Instant until) {
      super("busy until " + until);
      this.until = until;
    }
  }

  /** A failure the test's classifier says retrying cannot help. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super("refused");
    }
  }

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final TestDatabase db;
  private final Outbox outbox;
  private final List<String> calls = new ArrayList<>();
  private final FailureClassifier classifier =
      error -> {
        if (error instanceof Busy busy) {
          return Optional.of(new FailureClassifier.RetryNoSoonerThan(busy.until));
        }
        if (error instanceof Refused) {
          return Optional.of(new FailureClassifier.Park());
        }
        return Optional.empty();
      };

  OutboxWorkerTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    outbox =
        new Outbox(
            db.database(),
            clock,
            new RetrySchedule(5, Duration.ofSeconds(30), Duration.ofHours(1)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private OutboxWorker worker(Map<String, OutboxJobHandler> handlers) {
    return new OutboxWorker(outbox, handlers, Set.of(classifier), clock, SETTINGS);
  }

  private void enqueue(String key, String kind) {
    outbox.enqueue(new Outbox.NewJob(key, kind, null, "{}", clock.instant()));
  }

  @Test
  void eachJobGoesToTheHandlerOfItsKindAndIsDone() {
    enqueue("a:1", "A");
    enqueue("b:1", "B");
    OutboxWorker worker =
        worker(
            Map.of(
                "A", (job, steps) -> calls.add("A " + job.jobKey()),
                "B", (job, steps) -> calls.add("B " + job.jobKey())));

    assertThat(worker.runDue()).isEqualTo(2);

    assertThat(calls).containsExactly("A a:1", "B b:1");
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("DONE", 2));
    assertThat(worker.runDue()).isZero();
  }

  @Test
  void aRetryRunsOnlyTheStepsThatAreNotRecordedYet() {
    enqueue("a:1", "A");
    boolean[] fail = {true};
    OutboxWorker worker =
        worker(
            Map.of(
                "A",
                (job, steps) -> {
                  steps.once("first", () -> calls.add("first"));
                  steps.once(
                      "second",
                      () -> {
                        if (fail[0]) {
                          throw new IllegalStateException("second failed");
                        }
                        calls.add("second");
                      });
                }));

    worker.runDue();
    fail[0] = false;
    clock.advance(Duration.ofMinutes(1));
    worker.runDue();

    assertThat(calls).containsExactly("first", "second");
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("DONE", 1));
  }

  @Test
  void aBusyFailureWaitsAtLeastAsLongAsItWasToldThenRunsAgain() {
    enqueue("a:1", "A");
    Instant until = clock.instant().plus(Duration.ofMinutes(10));
    boolean[] busy = {true};
    OutboxWorker worker =
        worker(
            Map.of(
                "A",
                (job, steps) -> {
                  if (busy[0]) {
                    throw new Busy(until);
                  }
                  calls.add("ran");
                }));

    worker.runDue();
    busy[0] = false;
    clock.advance(Duration.ofMinutes(9));
    assertThat(worker.runDue()).as("backoff is 30 s, but it was told 10 min").isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(worker.runDue()).isEqualTo(1);

    assertThat(calls).containsExactly("ran");
  }

  @Test
  void hopelessJobsAndJobsOfUnknownKindsAreParked() {
    enqueue("a:1", "A");
    enqueue("z:1", "NO_SUCH_KIND");
    enqueue("u:1", "U");
    OutboxWorker worker =
        worker(
            Map.of(
                "A",
                (job, steps) -> {
                  throw new Refused();
                },
                "U",
                (job, steps) -> {
                  throw new UnusableJobException("payload is not JSON");
                }));

    worker.runDue();
    clock.advance(Duration.ofDays(1));

    assertThat(worker.runDue()).isZero();
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("PARKED", 3));
    assertThat(outbox.parked(10))
        .extracting(Outbox.ParkedJob::jobKey, Outbox.ParkedJob::lastError)
        .containsExactlyInAnyOrder(
            tuple("a:1", "Refused: refused"),
            tuple("z:1", "IllegalStateException: no handler for outbox jobs of kind NO_SUCH_KIND"),
            tuple("u:1", "UnusableJobException: payload is not JSON"));
  }

  @Test
  void aWorkerThatLostItsLeaseStopsWithoutTouchingTheJob() {
    enqueue("a:1", "A");
    OutboxWorker slow =
        worker(
            Map.of(
                "A",
                (job, steps) -> {
                  // the lease runs out while this worker is busy, and another worker takes over
                  clock.advance(Duration.ofMinutes(6));
                  assertThat(outbox.claim("worker-2", 1, Duration.ofMinutes(5))).hasSize(1);
                  steps.record("first");
                  calls.add("not reached");
                }));

    slow.runDue();

    assertThat(calls).isEmpty();
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("RUNNING", 1));
  }

  @Test
  void aJobWhoseLeaseRanOutWhileEarlierJobsOfItsBatchRanIsLeftForAnotherWorker() {
    enqueue("a:1", "A");
    enqueue("a:2", "A");
    enqueue("a:3", "A");
    OutboxWorker worker =
        worker(
            Map.of(
                "A",
                (job, steps) -> {
                  calls.add(job.jobKey());
                  clock.advance(Duration.ofMinutes(4)); // a slow Jira; the lease is 5 minutes
                }));

    assertThat(worker.runDue()).isEqualTo(3);

    // each job begun renews its lease; a:3's claim ran out after 5 minutes, before it began
    assertThat(calls).containsExactly("a:1", "a:2");
    assertThat(outbox.countsByStatus()).containsEntry("DONE", 2);
    assertThat(outbox.claim("worker-2", 10, Duration.ofMinutes(5)))
        .extracting(Outbox.Job::jobKey)
        .containsExactly("a:3");
  }
}
