package org.learningoffice.office;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing the office access token: each client may try a few times a minute and all
 * clients together a few times a second (token buckets); beyond that a login is refused with how
 * long to wait. The 24-byte minimum token is the real defence; this keeps guessing slow and
 * visible.
 */
final class LoginThrottle {
  /** Limits: a burst, then one attempt per {@code every}. */
  record Limit(int burst, Duration every) {}

  static final Limit PER_CLIENT = new Limit(10, Duration.ofSeconds(6));
  static final Limit OVERALL = new Limit(60, Duration.ofMillis(500));

  /** Clients remembered at most; the least recently seen are forgotten first. */
  private static final int MAX_CLIENTS = 10_000;

  private final Clock clock;
  private final Limit perClient;
  private final Bucket overall;
  private final Map<String, Bucket> clients =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_CLIENTS;
        }
      };

  @Inject
  LoginThrottle(Clock clock) {
    this(clock, PER_CLIENT, OVERALL);
  }

  LoginThrottle(Clock clock, Limit perClient, Limit overall) {
    this.clock = clock;
    this.perClient = perClient;
    this.overall = new Bucket(overall, clock.instant());
  }

  /** Takes one attempt for {@code client}; empty when it may go ahead, else how long to wait. */
  synchronized Optional<Duration> attempt(String client) {
    Instant now = clock.instant();
    Bucket own = clients.computeIfAbsent(client, c -> new Bucket(perClient, now));
    Duration ownWait = own.waitFor(now);
    Duration overallWait = overall.waitFor(now);
    if (ownWait.isZero() && overallWait.isZero()) {
      own.take();
      overall.take();
      return Optional.empty();
    }
    return Optional.of(ownWait.compareTo(overallWait) > 0 ? ownWait : overallWait);
  }

  /** A token bucket: {@code burst} tokens, one more every {@code every}. */
  private static final class Bucket {
    private final Limit limit;
    private double tokens;
    private Instant filledAt;

    Bucket(Limit limit, Instant now) {
      this.limit = limit;
      this.tokens = limit.burst();
      this.filledAt = now;
    }

    Duration waitFor(Instant now) {
      double refilled =
          (double) Duration.between(filledAt, now).toNanos() / limit.every().toNanos();
      tokens = Math.min(limit.burst(), tokens + Math.max(0, refilled));
      filledAt = now;
      if (tokens >= 1) {
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil((1 - tokens) * limit.every().toNanos()));
    }

    void take() {
      tokens -= 1;
    }
  }
}
