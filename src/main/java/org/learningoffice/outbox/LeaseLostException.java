package org.learningoffice.outbox;

/** Another worker took the job over (this worker's lease ran out): stop working on it. */
public final class LeaseLostException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LeaseLostException(String jobKey) {
    super("lost the lease on outbox job " + jobKey + "; another worker carries on with it");
  }
}
