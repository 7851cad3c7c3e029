package org.learningoffice.outbox;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;
import org.learningoffice.store.ErrorText;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.store.Savepoints;
import org.learningoffice.store.StatusCounts;
import org.learningoffice.store.StorableText;
import org.learningoffice.web.QueueTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs with side effects outside the database (Jira calls, mail), each done exactly once.
 *
 * <p>A job has a unique key, so enqueuing it twice stores it once. Workers claim jobs under a
 * time-limited lease ({@code FOR UPDATE SKIP LOCKED}, so several instances share the work); a
 * worker that dies loses its lease and another takes the job over. A job records each finished
 * step, so a retry resumes after the last one instead of repeating it. Every write by a worker is
 * fenced by its lease: a worker whose lease was taken over can no longer change the job.
 */
public final class Outbox implements QueueTable {
  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  /** A job to queue. {@code orderId} may be null for jobs that belong to no order. */
  public record NewJob(
      String jobKey, String kind, Long orderId, String payload, Instant notBefore) {
    public NewJob {
      Objects.requireNonNull(jobKey, "jobKey");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(notBefore, "notBefore");
    }
  }

  /**
   * A claimed job: its steps already done, and the lease under which it was claimed ({@code lease}
   * long from its last renewal).
   */
  public record Job(
      long id,
      String jobKey,
      String kind,
      Long orderId,
      String payload,
      Set<String> stepsDone,
      int attempts,
      String leaseOwner,
      Duration lease) {
    public Job {
      stepsDone = Set.copyOf(stepsDone);
    }

    public boolean isDone(String step) {
      return stepsDone.contains(step);
    }
  }

  /**
   * The longest a failed job waits for what it was told ({@code Retry-After}): a longer wait (days,
   * or a date thousands of years ahead, which PostgreSQL cannot even store) would leave the job
   * waiting unseen instead of being retried and, if it keeps failing, parked.
   */
  static final Duration LONGEST_WAIT = Duration.ofDays(1);

  private final Jdbi jdbi;
  private final Clock clock;
  private final RetrySchedule retries;

  @Inject
  public Outbox(Database database, Clock clock, RetrySchedule retries) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.retries = retries;
  }

  /**
   * Queues a job inside the caller's transaction, unless a job with its key exists.
   *
   * @return true when queued, false when the key was already taken
   */
  public boolean enqueue(Handle transaction, NewJob job) {
    Instant now = clock.instant();
    return Savepoints.insertUnlessDuplicate(
        transaction,
        "outbox_enqueue",
        h ->
            h.createUpdate(
                    "INSERT INTO outbox (job_key, kind, order_id, payload, status, next_attempt_at,"
                        + " created_at, updated_at) VALUES (:key, :kind, :order, :payload, 'PENDING',"
                        + " :notBefore, :now, :now)")
                .bind("key", job.jobKey())
                .bind("kind", job.kind())
                .bind("order", job.orderId())
                .bind("payload", job.payload())
                .bind("notBefore", job.notBefore())
                .bind("now", now)
                .execute());
  }

  /**
   * Queues a job inside the caller's transaction, or queues again the finished job that holds its
   * key: a parked one resumes where it stopped (its steps kept), a done one runs from the start.
   * Either gets its attempts back and is due at the new job's time. A job still waiting or running
   * is left as it is.
   *
   * @return true when queued now, false when a job with the key is waiting or running
   */
  public boolean enqueueAgain(Handle transaction, NewJob job) {
    if (enqueue(transaction, job)) {
      return true;
    }
    return transaction
            .createUpdate(
                "UPDATE outbox SET steps_done = CASE WHEN status = 'DONE' THEN '' ELSE steps_done"
                    + " END, status = 'PENDING', attempts = 0, next_attempt_at = :notBefore,"
                    + " last_error = NULL, done_at = NULL, updated_at = :now"
                    + " WHERE job_key = :key AND status IN ('DONE', 'PARKED')")
            .bind("notBefore", job.notBefore())
            .bind("now", clock.instant())
            .bind("key", job.jobKey())
            .execute()
        == 1;
  }

  /** Whether a job with this key waits or runs: queued and not yet done or parked. */
  public boolean waiting(String jobKey) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM outbox WHERE job_key = :key"
                            + " AND status IN ('PENDING', 'RUNNING')")
                    .bind("key", jobKey)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Whether a job with this key was ever queued (pending, running, done or parked). */
  public boolean has(String jobKey) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM outbox WHERE job_key = :key")
                    .bind("key", jobKey)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Queues a job in a transaction of its own. */
  public boolean enqueue(NewJob job) {
    return jdbi.inTransaction(h -> enqueue(h, job));
  }

  /**
   * Claims up to {@code limit} ready jobs (pending and due, or running under an expired lease). A
   * job whose lease ran out on its last allowed attempt is parked instead: no outcome was recorded
   * for that attempt (its instance stopped, was killed, or lost the database), and running it again
   * and again would repeat whatever stops its worker.
   */
  public List<Job> claim(String owner, int limit, Duration lease) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        h -> {
          List<Claimable> ready =
              h.createQuery(
                      "SELECT id, job_key, kind, order_id, payload, steps_done, attempts, status,"
                          + " last_error FROM outbox"
                          + " WHERE (status = 'PENDING' AND next_attempt_at <= :now)"
                          + " OR (status = 'RUNNING' AND lease_until < :now)"
                          + " ORDER BY next_attempt_at, id FETCH FIRST :limit ROWS ONLY"
                          + " FOR UPDATE SKIP LOCKED")
                  .bind("now", now)
                  .bind("limit", limit)
                  .map(
                      (rs, ctx) ->
                          new Claimable(
                              new Job(
                                  rs.getLong("id"),
                                  rs.getString("job_key"),
                                  rs.getString("kind"),
                                  rs.getObject("order_id", Long.class),
                                  rs.getString("payload"),
                                  parseSteps(rs.getString("steps_done")),
                                  rs.getInt("attempts") + 1,
                                  owner,
                                  lease),
                              "RUNNING".equals(rs.getString("status"))
                                  && rs.getInt("attempts") >= retries.maxAttempts(),
                              rs.getString("last_error")))
                  .list();
          List<Job> jobs = new ArrayList<>();
          for (Claimable claimable : ready) {
            Job job = claimable.job();
            if (claimable.exhausted()) {
              parkWithoutOutcome(h, job, claimable.lastError(), now);
              continue;
            }
            h.createUpdate(
                    "UPDATE outbox SET status = 'RUNNING', attempts = attempts + 1, lease_owner = :owner,"
                        + " lease_until = :until, updated_at = :now WHERE id = :id")
                .bind("owner", owner)
                .bind("until", now.plus(lease))
                .bind("now", now)
                .bind("id", job.id())
                .execute();
            jobs.add(job);
          }
          return jobs;
        });
  }

  /** A ready job, and whether its lease ran out on its last allowed attempt. */
  private record Claimable(Job job, boolean exhausted, String lastError) {}

  private void parkWithoutOutcome(Handle h, Job job, String lastError, Instant now) {
    int attempts = job.attempts() - 1;
    String error =
        "gave up after "
            + attempts
            + " attempts: no outcome was recorded for the last one (its instance stopped, was"
            + " killed or lost the database while running it)"
            + (lastError == null ? "" : "; last error recorded: " + lastError);
    h.createUpdate(
            "UPDATE outbox SET status = 'PARKED', lease_owner = NULL, lease_until = NULL,"
                + " last_error = :error, updated_at = :now WHERE id = :id")
        .bind("error", StorableText.bounded(error, ErrorText.MAX))
        .bind("now", now)
        .bind("id", job.id())
        .execute();
    log.warn("Parked outbox job {}: {}", job.jobKey(), error);
  }

  /**
   * Renews a claimed job's lease: it runs {@code job.lease()} from now. A worker renews before it
   * begins each job of its batch, and every recorded step renews too, so whatever a job sends after
   * a record has a whole lease (longer than the Jira client's longest retried call) before another
   * worker may take the job over.
   *
   * @return false when the lease was lost (expired, or another worker owns the job): leave the job
   */
  public boolean renew(Job job) {
    return fenced(
        job,
        "UPDATE outbox SET lease_until = :until, updated_at = :now",
        Map.of("until", leaseFromNow(job)));
  }

  /**
   * Records a finished step of a claimed job, renewing its lease.
   *
   * @return false when the lease was lost (another worker owns the job now): stop working on it
   */
  public boolean stepDone(Job job, String step) {
    if (step.contains(",")) {
      throw new IllegalArgumentException("a step name cannot contain a comma: " + step);
    }
    return fenced(
        job,
        "UPDATE outbox SET steps_done = CASE WHEN steps_done = '' THEN :step"
            + " ELSE steps_done || ',' || :step END, lease_until = :until, updated_at = :now",
        Map.of("step", step, "until", leaseFromNow(job)));
  }

  /** Marks a claimed job done. */
  public boolean done(Job job) {
    return fenced(
        job,
        "UPDATE outbox SET status = 'DONE', done_at = :now, lease_owner = NULL, lease_until = NULL,"
            + " last_error = NULL, updated_at = :now",
        Map.of());
  }

  /**
   * Gives a failed job back to the queue for a later attempt, no sooner than {@code earliest} (for
   * example a {@code Retry-After}) but at most {@link #LONGEST_WAIT} from now; parks it once it has
   * failed too often.
   */
  public boolean failed(Job job, Throwable error, Instant earliest) {
    if (job.attempts() >= retries.maxAttempts()) {
      return park(job, error);
    }
    Instant now = clock.instant();
    Instant backoff = now.plus(retries.delayAfter(job.attempts()));
    Instant latest = now.plus(LONGEST_WAIT);
    Instant asked = earliest.isAfter(latest) ? latest : earliest;
    Instant next = asked.isAfter(backoff) ? asked : backoff;
    return fencedWithError(
        job,
        "UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, lease_owner = NULL,"
            + " lease_until = NULL, last_error = :error, updated_at = :now",
        Map.of("next", next),
        error);
  }

  /**
   * Gives a claimed job back untouched, as if it had not been claimed: due now, its attempt not
   * counted (the service is stopping and did not begin it).
   */
  public boolean release(Job job) {
    return fenced(
        job,
        "UPDATE outbox SET status = 'PENDING', attempts = attempts - 1, lease_owner = NULL,"
            + " lease_until = NULL, updated_at = :now",
        Map.of());
  }

  /** Parks a job that cannot succeed (for example Jira answers 403 or 404): kept, not retried. */
  public boolean park(Job job, Throwable error) {
    return fencedWithError(
        job,
        "UPDATE outbox SET status = 'PARKED', lease_owner = NULL, lease_until = NULL,"
            + " last_error = :error, updated_at = :now",
        Map.of(),
        error);
  }

  /**
   * Cancels an order's jobs of one kind that have not finished (waiting, running or parked) inside
   * the caller's transaction, with the reason as their error: for work on a ticket Jira no longer
   * has. A running job's worker finds its lease gone and leaves the job; a cancelled job is never
   * claimed again, and its key keeps it from being queued again.
   *
   * @return how many jobs were cancelled
   */
  public int cancel(Handle transaction, long orderId, String kind, String reason) {
    Instant now = clock.instant();
    return transaction
        .createUpdate(
            "UPDATE outbox SET status = 'CANCELLED', lease_owner = NULL, lease_until = NULL,"
                + " last_error = :reason, done_at = :now, updated_at = :now"
                + " WHERE order_id = :orderId AND kind = :kind"
                + " AND status IN ('PENDING', 'RUNNING', 'PARKED')")
        .bind("reason", reason)
        .bind("now", now)
        .bind("orderId", orderId)
        .bind("kind", kind)
        .execute();
  }

  /** A parked job, as {@code check} reports it. */
  public record ParkedJob(String jobKey, String kind, String lastError) {}

  /** The oldest parked jobs, at most {@code limit}, with the error that parked them. */
  public List<ParkedJob> parked(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT job_key, kind, last_error FROM outbox WHERE status = 'PARKED'"
                        + " ORDER BY updated_at, id FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new ParkedJob(
                            rs.getString("job_key"),
                            rs.getString("kind"),
                            Objects.requireNonNullElse(rs.getString("last_error"), "")))
                .list());
  }

  /** Number of jobs in each status, for health and metrics. */
  @Override
  public String name() {
    return "outbox";
  }

  /** When the oldest job that is due, or has failed already, and is not done yet became due. */
  @Override
  public Optional<Instant> oldestWaitingSince() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    // a job queued for later (a reminder) waits from when it is due; one that has
                    // failed already, from when it was queued
                    "SELECT MIN(CASE WHEN attempts = 0 THEN next_attempt_at ELSE created_at END)"
                        + " FROM outbox WHERE status IN ('PENDING', 'RUNNING')"
                        + " AND (attempts > 0 OR next_attempt_at <= :now)")
                .bind("now", clock.instant())
                .map((rs, ctx) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .one()
                .map(OffsetDateTime::toInstant));
  }

  /** The queue's statuses and {@code CANCELLED}: jobs on a ticket deleted in Jira. */
  @Override
  public List<String> statuses() {
    return List.of("PENDING", "RUNNING", "DONE", "PARKED", "CANCELLED");
  }

  @Override
  public Map<String, Integer> countsByStatus() {
    return StatusCounts.of(jdbi, "outbox");
  }

  /**
   * {@link #fenced} with the error's text as {@code :error}; if that text cannot be stored, the
   * error's class is, so that the job still moves on instead of coming back under every new lease.
   */
  private boolean fencedWithError(
      Job job, String setClause, Map<String, Object> values, Throwable error) {
    Map<String, Object> withText = new java.util.HashMap<>(values);
    withText.put("error", ErrorText.of(error));
    try {
      return fenced(job, setClause, withText);
    } catch (RuntimeException unrecordable) {
      log.warn(
          "Outbox job {}: its error could not be stored ({}); storing the error's class instead",
          job.jobKey(),
          unrecordable.getClass().getSimpleName());
      withText.put("error", ErrorText.classOnly(error));
      return fenced(job, setClause, withText);
    }
  }

  /**
   * Runs an update of a job only while its worker holds the lease: the owner is this worker's and
   * the lease has not run out (an expired lease may be claimed by another worker at any moment).
   */
  private boolean fenced(Job job, String setClause, Map<String, Object> values) {
    Instant now = clock.instant();
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        setClause
                            + " WHERE id = :id AND status = 'RUNNING' AND lease_owner = :owner"
                            + " AND lease_until > :now")
                    .bindMap(values)
                    .bind("now", now)
                    .bind("id", job.id())
                    .bind("owner", job.leaseOwner())
                    .execute())
        == 1;
  }

  /** The {@code :until} of an update that renews the job's lease: a whole lease from now. */
  private Instant leaseFromNow(Job job) {
    return clock.instant().plus(job.lease());
  }

  private static Set<String> parseSteps(String steps) {
    return steps == null || steps.isEmpty()
        ? Set.of()
        : new LinkedHashSet<>(Arrays.asList(steps.split(",")));
  }
}
