package org.learningoffice.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningoffice.lifecycle.Repeating;
import org.learningoffice.lifecycle.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due outbox jobs on one background thread: every {@code interval} it claims a batch under a
 * lease ({@code FOR UPDATE SKIP LOCKED}, so several instances share the jobs) and hands each job to
 * the handler bound for its kind. A job that throws is retried later (no sooner than what a {@link
 * FailureClassifier} says, such as Jira's {@code Retry-After}) or parked when retrying cannot help.
 */
public final class OutboxWorker {
  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

  /** How the worker claims jobs. */
  public record Settings(String owner, int batch, Duration lease, Duration interval) {}

  private final Outbox outbox;
  private final Map<String, OutboxJobHandler> handlers;
  private final Set<FailureClassifier> classifiers;
  private final Clock clock;
  private final Settings settings;
  private final StopSignal stop;

  public OutboxWorker(
      Outbox outbox,
      Map<String, OutboxJobHandler> handlers,
      Set<FailureClassifier> classifiers,
      Clock clock,
      Settings settings) {
    this(outbox, handlers, classifiers, clock, settings, new StopSignal());
  }

  public OutboxWorker(
      Outbox outbox,
      Map<String, OutboxJobHandler> handlers,
      Set<FailureClassifier> classifiers,
      Clock clock,
      Settings settings,
      StopSignal stop) {
    this.stop = stop;
    this.outbox = outbox;
    this.handlers = Map.copyOf(handlers);
    this.classifiers = Set.copyOf(classifiers);
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Claims and runs one batch of due jobs; returns how many were claimed. Once the service is
   * stopping, the jobs not begun yet are released instead.
   */
  public int runDue() {
    List<Outbox.Job> jobs = outbox.claim(settings.owner(), settings.batch(), settings.lease());
    for (Outbox.Job job : jobs) {
      if (stop.raised()) {
        // stopping: what was claimed but not begun goes back for this or another instance
        outbox.release(job);
        continue;
      }
      try {
        run(job);
      } catch (RuntimeException e) {
        // its bookkeeping failed (the database?): the lease expires and the job is claimed again;
        // the other claimed jobs still run
        log.error("Outbox job {} could not be recorded: {}", job.jobKey(), e.getMessage());
      }
    }
    return jobs.size();
  }

  private void run(Outbox.Job job) {
    OutboxJobHandler handler = handlers.get(job.kind());
    if (handler == null) {
      outbox.park(
          job, new IllegalStateException("no handler for outbox jobs of kind " + job.kind()));
      log.warn("Parked outbox job {}: no handler for kind {}", job.jobKey(), job.kind());
      return;
    }
    if (!outbox.renew(job)) {
      // the batch took longer than the lease: the job may be another worker's by now
      log.warn("Outbox job {}: its lease ran out before it began; leaving it", job.jobKey());
      return;
    }
    try {
      handler.handle(job, new JobSteps(outbox, job));
      outbox.done(job);
    } catch (LeaseLostException e) {
      log.warn("{}", e.getMessage());
    } catch (UnusableJobException e) {
      outbox.park(job, e);
      log.warn("Parked outbox job {}: {}", job.jobKey(), e.getMessage());
    } catch (RuntimeException e) {
      failed(job, e);
    }
  }

  private void failed(Outbox.Job job, RuntimeException error) {
    FailureClassifier.Verdict verdict = verdict(error);
    if (verdict instanceof FailureClassifier.RetryNoSoonerThan retry) {
      outbox.failed(job, error, retry.earliest());
      log.info(
          "Outbox job {} failed (attempt {}): {}",
          job.jobKey(),
          job.attempts(),
          error.getMessage());
    } else {
      outbox.park(job, error);
      log.warn("Parked outbox job {}: {}", job.jobKey(), error.getMessage());
    }
  }

  private FailureClassifier.Verdict verdict(RuntimeException error) {
    for (FailureClassifier classifier : classifiers) {
      Optional<FailureClassifier.Verdict> verdict = classifier.classify(error);
      if (verdict.isPresent()) {
        return verdict.get();
      }
    }
    return new FailureClassifier.RetryNoSoonerThan(Instant.now(clock));
  }

  /**
   * Running due jobs every {@code settings.interval()} on a thread of its own, stopping after the
   * job in hand (up to thirty seconds: a Jira call may be slow).
   */
  public Repeating loop() {
    return new Repeating(
        "outbox-worker",
        Duration.ZERO,
        settings.interval(),
        Duration.ofSeconds(30),
        false,
        this::runDue);
  }
}
