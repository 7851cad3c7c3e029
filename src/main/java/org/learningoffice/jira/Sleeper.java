package org.learningoffice.jira;

import java.time.Duration;

/** Waits between attempts; tests replace it with one that only advances a clock. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps the current thread. */
  static Sleeper threadSleep() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
