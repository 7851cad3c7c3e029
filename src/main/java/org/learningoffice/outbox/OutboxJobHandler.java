package org.learningoffice.outbox;

/**
 * Does the work of one kind of outbox job. Bound by kind with {@code
 * MapBinder.newMapBinder(binder(), String.class, OutboxJobHandler.class).addBinding(KIND)}.
 *
 * <p>A handler returns when the job is finished and throws when it is not; the worker then retries
 * or parks the job as the {@link FailureClassifier}s decide. Work outside the database goes through
 * {@link JobSteps#once}, so that a retry skips what an earlier attempt finished.
 */
public interface OutboxJobHandler {
  void handle(Outbox.Job job, JobSteps steps);

  /**
   * Whether this kind's jobs act on their order's own ticket, so that they are cancelled when Jira
   * deletes it ({@link Outbox#cancel}); a job whose main work lies elsewhere says no.
   */
  default boolean worksOnOrderTicket() {
    return true;
  }
}
