package org.learningoffice.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * The stub's rate limit and its ledger: at most {@code perSecond} accepted requests in any sliding
 * second (unlimited when 0), 429 beyond that; and after a 429, every request that arrives before
 * the announced {@code Retry-After: 1} has passed is refused again and counted as early.
 */
final class StubRateLimit {
  private static final long SECOND = 1_000_000_000L;

  enum Verdict {
    ACCEPTED,
    OVER_LIMIT,
    EARLY
  }

  enum Write {
    REMOTE_LINK,
    COMMENT,
    PROPERTY
  }

  private final int perSecond;
  private final Deque<Long> accepted = new ArrayDeque<>();
  private final Map<Write, Integer> writes = new EnumMap<>(Write.class);
  private long pausedUntil = System.nanoTime() - SECOND;
  private long firstArrival = -1;
  private long lastWrite;
  private int requests;
  private int acceptedTotal;
  private int tooMany;
  private int early;

  StubRateLimit(int perSecond) {
    this.perSecond = perSecond;
  }

  synchronized Verdict admit() {
    long now = System.nanoTime();
    if (firstArrival < 0) {
      firstArrival = now;
    }
    requests++;
    if (now - pausedUntil < 0) {
      early++;
      tooMany++;
      return Verdict.EARLY;
    }
    while (!accepted.isEmpty() && now - accepted.peekFirst() >= SECOND) {
      accepted.removeFirst();
    }
    if (perSecond > 0 && accepted.size() >= perSecond) {
      tooMany++;
      return Verdict.OVER_LIMIT;
    }
    accepted.addLast(now);
    acceptedTotal++;
    return Verdict.ACCEPTED;
  }

  /** The 429 has been written: the client may come back one second from now, not sooner. */
  synchronized void announcedRetryAfter() {
    long until = System.nanoTime() + SECOND;
    if (until - pausedUntil > 0) {
      pausedUntil = until;
    }
  }

  synchronized void write(Write kind) {
    writes.merge(kind, 1, Integer::sum);
    lastWrite = System.nanoTime();
  }

  synchronized Ledger ledger() {
    return new Ledger(
        requests,
        acceptedTotal,
        tooMany,
        early,
        Map.copyOf(writes),
        firstArrival < 0 ? 0 : lastWrite - firstArrival);
  }

  /** What the stub saw; {@code firstToLastWriteNanos} from the first request to the last write. */
  record Ledger(
      int requests,
      int accepted,
      int tooMany,
      int early,
      Map<Write, Integer> writes,
      long firstToLastWriteNanos) {
    int writesOf(Write kind) {
      return writes.getOrDefault(kind, 0);
    }
  }
}
