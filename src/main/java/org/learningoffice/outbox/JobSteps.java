package org.learningoffice.outbox;

/**
 * The finished steps of one claimed job: a step that an earlier attempt recorded is skipped, a step
 * that succeeds now is recorded before the next one starts.
 */
public final class JobSteps {
  private final Outbox outbox;
  private final Outbox.Job job;

  public JobSteps(Outbox outbox, Outbox.Job job) {
    this.outbox = outbox;
    this.job = job;
  }

  public boolean isDone(String step) {
    return job.isDone(step);
  }

  /** Records a finished step; throws {@link LeaseLostException} when the job is no longer ours. */
  public void record(String step) {
    if (!outbox.stepDone(job, step)) {
      throw new LeaseLostException(job.jobKey());
    }
  }

  /** Runs {@code action} unless the step was recorded by an earlier attempt, then records it. */
  public void once(String step, Runnable action) {
    if (isDone(step)) {
      return;
    }
    action.run();
    record(step);
  }
}
