package org.learningoffice.lifecycle;

/**
 * Raised once when the service begins to stop, before any loop is waited for: workers check it
 * between the items of a batch, so a stop waits for the item in hand and not for the whole batch.
 */
public final class StopSignal {
  private volatile boolean raised;

  /** Tells every worker to finish the item in hand and take no more. */
  public void raise() {
    raised = true;
  }

  public boolean raised() {
    return raised;
  }
}
