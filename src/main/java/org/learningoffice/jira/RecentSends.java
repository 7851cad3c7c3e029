package org.learningoffice.jira;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** When the requests of the last window were sent, to tell the rate at which Jira said "enough". */
final class RecentSends {
  private final Duration window;
  private final Deque<Instant> sent = new ArrayDeque<>();

  RecentSends(Duration window) {
    this.window = window;
  }

  void record(Instant at) {
    sent.addLast(at);
    forgetBefore(at.minus(window));
  }

  /** How many requests were sent in the window that ends at {@code now}. */
  int within(Instant now) {
    forgetBefore(now.minus(window));
    return sent.size();
  }

  private void forgetBefore(Instant start) {
    while (!sent.isEmpty() && !sent.peekFirst().isAfter(start)) {
      sent.removeFirst();
    }
  }
}
