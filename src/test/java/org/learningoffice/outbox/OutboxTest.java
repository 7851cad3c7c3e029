package org.learningoffice.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.outbox.Outbox.Job;
import org.learningoffice.outbox.Outbox.NewJob;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class OutboxTest {
  private static final Duration LEASE = Duration.ofMinutes(5);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final TestDatabase db;
  private final Outbox outbox;

  OutboxTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    outbox =
        new Outbox(
            db.database(),
            clock,
            new RetrySchedule(3, Duration.ofSeconds(30), Duration.ofMinutes(10)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private NewJob job(String key) {
    return new NewJob(key, "ATTACH_FORM", null, "{}", clock.instant());
  }

  @Test
  void aJobEnqueuedTwiceIsStoredOnceAndTheTransactionStaysUsable() {
    boolean[] results =
        db.database()
            .jdbi()
            .inTransaction(
                h -> {
                  boolean first = outbox.enqueue(h, job("attach-form:10001"));
                  boolean second = outbox.enqueue(h, job("attach-form:10001"));
                  boolean third = outbox.enqueue(h, job("attach-form:10002"));
                  return new boolean[] {first, second, third};
                });

    assertThat(results).containsExactly(true, false, true);
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("PENDING", 2));
  }

  @Test
  void aClaimedJobIsNotHandedToASecondWorkerWhileItsLeaseLasts() {
    outbox.enqueue(job("a"));

    assertThat(outbox.claim("worker-1", 10, LEASE)).hasSize(1);
    assertThat(outbox.claim("worker-2", 10, LEASE)).isEmpty();
  }

  @Test
  void aJobWhoseWorkerDiedIsTakenOverAfterTheLeaseAndResumesAfterItsLastStep() {
    outbox.enqueue(job("a"));
    Job first = outbox.claim("worker-1", 10, LEASE).get(0);
    assertThat(outbox.stepDone(first, "remote-link")).isTrue();
    assertThat(outbox.stepDone(first, "comment")).isTrue();
    // worker-1 dies here

    clock.advance(LEASE.plusSeconds(1));
    List<Job> taken = outbox.claim("worker-2", 10, LEASE);

    assertThat(taken).hasSize(1);
    Job second = taken.get(0);
    assertThat(second.isDone("remote-link")).isTrue();
    assertThat(second.isDone("comment")).isTrue();
    assertThat(second.isDone("property")).isFalse();
    assertThat(second.attempts()).isEqualTo(2);
  }

  @Test
  void aWorkerThatLostItsLeaseCanNoLongerChangeTheJob() {
    outbox.enqueue(job("a"));
    Job stale = outbox.claim("worker-1", 10, LEASE).get(0);
    clock.advance(LEASE.plusSeconds(1));
    Job current = outbox.claim("worker-2", 10, LEASE).get(0);

    assertThat(outbox.stepDone(stale, "comment")).isFalse();
    assertThat(outbox.done(stale)).isFalse();
    assertThat(outbox.done(current)).isTrue();
    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("DONE", 1));
  }

  @Test
  void aWorkerWhoseLeaseRanOutCannotRecordEvenBeforeAnotherWorkerClaimsTheJob() {
    outbox.enqueue(job("a"));
    Job late = outbox.claim("worker-1", 10, LEASE).get(0);
    clock.advance(LEASE.plusSeconds(1));

    // what it would send next could cross another worker's claim: it must not go on
    assertThat(outbox.stepDone(late, "comment-sending")).isFalse();
    assertThat(outbox.renew(late)).isFalse();
    assertThat(outbox.claim("worker-2", 10, LEASE)).hasSize(1);
  }

  @Test
  void aRecordedStepGivesTheWorkerAWholeLeaseForWhatItSendsNext() {
    outbox.enqueue(job("a"));
    Job job = outbox.claim("worker-1", 10, LEASE).get(0);
    clock.advance(LEASE.minusSeconds(10));
    assertThat(outbox.stepDone(job, "comment-sending")).isTrue();

    clock.advance(LEASE.minusSeconds(10)); // past the claim's lease, within the renewed one
    assertThat(outbox.claim("worker-2", 10, LEASE)).isEmpty();
    assertThat(outbox.done(job)).isTrue();
  }

  @Test
  void aFailedJobWaitsForTheLaterOfItsBackoffAndRetryAfter() {
    outbox.enqueue(job("a"));
    Job job = outbox.claim("w", 10, LEASE).get(0);

    outbox.failed(job, new RuntimeException("Jira 429"), clock.instant().plusSeconds(120));

    clock.advance(Duration.ofSeconds(119));
    assertThat(outbox.claim("w", 10, LEASE)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(outbox.claim("w", 10, LEASE)).hasSize(1);
  }

  @Test
  void aRetryAfterOfDaysOrBeyondAnyDateIsWaitedForADayAtMostThenTheJobRunsAgain() {
    for (Duration asked : List.of(Duration.ofDays(3), Duration.ofSeconds(10_000_000_000_000L))) {
      outbox.enqueue(job("a-" + asked.toDays()));
      Job job = outbox.claim("w", 10, LEASE).get(0);

      // PostgreSQL cannot store a time 300,000 years ahead: the job stayed RUNNING, ran again
      // under every new lease and was never parked
      assertThat(outbox.failed(job, new RuntimeException("Jira 429"), clock.instant().plus(asked)))
          .isTrue();

      assertThat(outbox.countsByStatus()).containsEntry("PENDING", 1);
      clock.advance(Duration.ofDays(1).minusSeconds(1));
      assertThat(outbox.claim("w", 10, LEASE)).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      Job again = outbox.claim("w", 10, LEASE).get(0);
      assertThat(again.jobKey()).isEqualTo(job.jobKey());
      assertThat(outbox.done(again)).isTrue();
    }
  }

  @Test
  void aJobThatKeepsFailingIsParkedNotRetriedForever() {
    outbox.enqueue(job("a"));
    for (int i = 0; i < 5; i++) {
      outbox
          .claim("w", 10, LEASE)
          .forEach(j -> outbox.failed(j, new RuntimeException("Jira 503"), clock.instant()));
      clock.advance(Duration.ofMinutes(30));
    }

    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("PARKED", 1));
    assertThat(outbox.claim("w", 10, LEASE)).isEmpty();
  }

  @Test
  void aJobWhoseWorkerStoppedDuringEachOfItsAttemptsIsParkedNotRunAgainForever() {
    outbox.enqueue(job("a"));
    for (int i = 0; i < 3; i++) { // the schedule's three attempts, each ending with no outcome
      assertThat(outbox.claim("w" + i, 10, LEASE)).hasSize(1);
      clock.advance(LEASE.plusSeconds(1));
    }

    assertThat(outbox.claim("w3", 10, LEASE)).isEmpty();

    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("PARKED", 1));
    assertThat(outbox.parked(1))
        .singleElement()
        .satisfies(
            parked ->
                assertThat(parked.lastError())
                    .contains("3 attempts")
                    .contains("no outcome was recorded"));
  }

  @Test
  void aJobCanBeParkedAtOnceWhenItCannotSucceed() {
    outbox.enqueue(job("a"));
    Job job = outbox.claim("w", 10, LEASE).get(0);

    assertThat(outbox.park(job, new RuntimeException("Jira 404: Issue does not exist"))).isTrue();

    assertThat(outbox.countsByStatus()).isEqualTo(Map.of("PARKED", 1));
  }

  @Test
  void twoWorkersClaimDisjointJobs() {
    for (int i = 0; i < 10; i++) {
      outbox.enqueue(job("job-" + i));
    }

    List<Job> first = outbox.claim("w1", 6, LEASE);
    List<Job> second = outbox.claim("w2", 6, LEASE);

    assertThat(first).hasSize(6);
    assertThat(second).hasSize(4);
    assertThat(first)
        .extracting(Job::jobKey)
        .doesNotContainAnyElementsOf(second.stream().map(Job::jobKey).toList());
  }
}
