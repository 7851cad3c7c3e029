package org.learningoffice.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A clock that moves only when the code under test sleeps, and remembers the sleeps. */
final class FakeTime implements Sleeper {
  static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

  private Instant now = START;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized Instant now() {
    return now;
  }

  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now();
      }
    };
  }

  /** Fake time, and a "random" source that always picks the low end of the jitter range. */
  RetryEnvironment environment() {
    RandomGenerator lowest = () -> 0L;
    return new RetryEnvironment(clock(), this, lowest);
  }
}
