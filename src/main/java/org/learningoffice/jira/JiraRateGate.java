package org.learningoffice.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one Jira site's requests through, shared by every call of one client and every thread.
 *
 * <p>After a 429, no request at all is sent before its {@code Retry-After} has passed: Jira Cloud
 * answers a request sent sooner with another 429 and a Retry-After as long or longer, so waiting
 * per call would only prolong the pause. Between pauses, requests are spaced evenly at the rate
 * {@link LearnedRate} has learned from earlier 429s, so that they stay rare; until the first 429
 * nothing is paced. A 429 without {@code Retry-After} lowers the rate but pauses only its own call
 * (by the transport's backoff).
 */
final class JiraRateGate {
  private static final Logger log = LoggerFactory.getLogger(JiraRateGate.class);

  /** Jira's burst limits are per second. */
  static final Duration WINDOW = Duration.ofSeconds(1);

  private final Clock clock;
  private final Sleeper sleeper;
  private final LearnedRate rate = new LearnedRate();
  private final RecentSends sends = new RecentSends(WINDOW);
  private Instant pausedUntil = Instant.MIN;
  private Instant nextSlot = Instant.MIN;
  private Instant lastDecrease = Instant.MIN;

  JiraRateGate(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until a request may be sent and returns when it was let through; empty, without waiting,
   * when a pause Jira asked for ends after {@code longest}, so that the caller can give up as its
   * retry policy says instead of holding its thread (and an outbox lease) for an hour.
   */
  Optional<Instant> awaitTurn(Duration longest) throws InterruptedException {
    Instant giveUp = clock.instant().plus(longest);
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        if (pausedUntil.isAfter(giveUp)) {
          return Optional.empty();
        }
        Instant allowed = nextSlot.isAfter(pausedUntil) ? nextSlot : pausedUntil;
        if (!now.isBefore(allowed)) {
          sends.record(now);
          nextSlot = rate.interval().map(now::plus).orElse(now);
          return Optional.of(now);
        }
        // whole milliseconds, rounded up: a real sleep of less than 1 ms would spin
        wait = Duration.ofMillis((Duration.between(now, allowed).toNanos() + 999_999) / 1_000_000);
      }
      // re-checked after the sleep: another thread may have taken the slot or met a 429 meanwhile
      sleeper.sleep(wait);
    }
  }

  /** What is left of the pause Jira asked for; zero when none is running. */
  synchronized Duration pauseLeft() {
    Instant now = clock.instant();
    return pausedUntil.isAfter(now) ? Duration.between(now, pausedUntil) : Duration.ZERO;
  }

  /** Jira answered a request with 2xx; {@code nearLimit} from Jira Cloud's header. */
  synchronized void succeeded(boolean nearLimit) {
    rate.succeeded(clock.instant(), nearLimit);
  }

  /**
   * Jira answered the request let through at {@code sentAt} with 429. {@code perIssue}: Jira Cloud
   * said why ({@code RateLimit-Reason: jira-per-issue-on-write}) and it was one issue's write
   * limit, which says nothing about the site's rate: then the pause holds, but the rate stays.
   */
  synchronized void rateLimited(Instant sentAt, Optional<Duration> retryAfter, boolean perIssue) {
    Instant now = clock.instant();
    retryAfter.map(now::plus).filter(pausedUntil::isBefore).ifPresent(until -> pausedUntil = until);
    // requests sent before the last decrease met the same overload: one decrease for it
    if (!perIssue && sentAt.isAfter(lastDecrease)) {
      int observed = sends.within(now);
      rate.rateLimited(observed, now.isAfter(pausedUntil) ? now : pausedUntil);
      lastDecrease = now;
      log.info(
          "Jira answered 429 after {} requests in the last second; pausing every call for {} ms,"
              + " then pacing at {} requests/s",
          observed,
          retryAfter.map(Duration::toMillis).orElse(0L),
          String.format("%.1f", rate.perSecond()));
    }
  }

  /** Requests per second now allowed; infinite while Jira has not limited this client. */
  synchronized double perSecond() {
    return rate.perSecond();
  }
}
