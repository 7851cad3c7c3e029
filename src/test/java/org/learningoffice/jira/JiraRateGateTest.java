package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One gate per client: Retry-After pauses every call, and the pacing learns Jira's rate. */
class JiraRateGateTest {
  private final FakeTime time = new FakeTime();
  private final JiraRateGate gate = new JiraRateGate(time.clock(), time);
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static final Duration NO_END = Duration.ofDays(1);

  private Instant turn() throws InterruptedException {
    return gate.awaitTurn(NO_END).orElseThrow();
  }

  /** Sends {@code count} requests at once, the way a burst before any 429 does. */
  private Instant burst(int count) throws InterruptedException {
    Instant last = null;
    for (int i = 0; i < count; i++) {
      last = turn();
      gate.succeeded(false);
    }
    return last;
  }

  /**
   * Each of four threads takes {@code turns} turns, reporting no answers (so the rate holds);
   * returns when each was let through.
   */
  private List<Instant> fourThreadsTake(int turns) throws Exception {
    List<Callable<List<Instant>>> callers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      callers.add(
          () -> {
            List<Instant> mine = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
              mine.add(turn());
            }
            return mine;
          });
    }
    List<Instant> all = new ArrayList<>();
    for (Future<List<Instant>> caller : threads.invokeAll(callers)) {
      all.addAll(caller.get());
    }
    return all.stream().sorted().toList();
  }

  @Test
  void nothingIsPacedBeforeJiraFirstAnswers429() throws Exception {
    burst(1_000);

    assertThat(time.sleeps()).isEmpty();
    assertThat(gate.perSecond()).isInfinite();
  }

  @Test
  void noThreadIsLetThroughBeforeRetryAfterHasPassed() throws Exception {
    Instant sent = turn();
    gate.rateLimited(sent, Optional.of(Duration.ofSeconds(5)), false);

    List<Instant> letThrough = fourThreadsTake(3);

    assertThat(letThrough)
        .hasSize(12)
        .allSatisfy(at -> assertThat(at).isAfterOrEqualTo(FakeTime.START.plusSeconds(5)));
  }

  @Test
  void aLaterShorterRetryAfterDoesNotEndThePauseEarlier() throws Exception {
    Instant first = turn();
    Instant second = turn();
    gate.rateLimited(first, Optional.of(Duration.ofSeconds(30)), false);
    gate.rateLimited(second, Optional.of(Duration.ofSeconds(1)), false);

    assertThat(turn()).isAfterOrEqualTo(FakeTime.START.plusSeconds(30));
  }

  @Test
  void theRateDropsBelowTheRateObservedWhenJiraAnswered429() throws Exception {
    Instant last = burst(40);

    gate.rateLimited(last, Optional.of(Duration.ofSeconds(1)), false);

    assertThat(gate.perSecond()).isCloseTo(40 * LearnedRate.DECREASE, within(1e-9));
    Instant next = turn();
    Instant after = turn();
    assertThat(Duration.between(next, after))
        .isGreaterThanOrEqualTo(Duration.ofNanos((long) (1e9 / (40 * LearnedRate.DECREASE))));
  }

  @Test
  void many429sOfOneOverloadLowerTheRateOnce() throws Exception {
    List<Instant> inFlight = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inFlight.add(turn());
    }

    for (Instant sent : inFlight) {
      gate.rateLimited(sent, Optional.of(Duration.ofSeconds(1)), false);
    }

    assertThat(gate.perSecond()).isCloseTo(40 * LearnedRate.DECREASE, within(1e-9));
  }

  @Test
  void theRateRisesBackWhileCallsSucceed() throws Exception {
    gate.rateLimited(burst(40), Optional.of(Duration.ofSeconds(1)), false);
    double lowered = gate.perSecond();

    // about 60 s of calls at the paced rate
    while (time.now().isBefore(FakeTime.START.plusSeconds(61))) {
      turn();
      gate.succeeded(false);
    }

    double step = 40 * LearnedRate.INCREASE;
    assertThat(gate.perSecond()).isCloseTo(lowered + 60 * step, within(step));
    assertThat(gate.perSecond()).isGreaterThan(40);
  }

  @Test
  void nearTheLimitTheRateHolds() throws Exception {
    gate.rateLimited(burst(40), Optional.of(Duration.ofSeconds(1)), false);
    double lowered = gate.perSecond();

    while (time.now().isBefore(FakeTime.START.plusSeconds(30))) {
      turn();
      gate.succeeded(true);
    }

    assertThat(gate.perSecond()).isEqualTo(lowered);
  }

  @Test
  void concurrentCallersShareOnePacing() throws Exception {
    gate.rateLimited(burst(10), Optional.of(Duration.ofSeconds(1)), false);
    Duration interval = Duration.ofNanos((long) (1e9 / gate.perSecond()));

    List<Instant> letThrough = fourThreadsTake(10);

    for (int i = 1; i < letThrough.size(); i++) {
      assertThat(Duration.between(letThrough.get(i - 1), letThrough.get(i)))
          .as("gap before turn %d of all threads", i)
          .isGreaterThanOrEqualTo(interval);
    }
  }

  @Test
  void a429WithoutRetryAfterLowersTheRateButPausesNothing() throws Exception {
    Instant sent = burst(20);

    gate.rateLimited(sent, Optional.empty(), false);

    assertThat(gate.perSecond()).isCloseTo(20 * LearnedRate.DECREASE, within(1e-9));
    assertThat(turn()).isEqualTo(sent);
  }

  @Test
  void oneIssuesWriteLimitPausesEveryCallButLeavesTheRate() throws Exception {
    Instant sent = burst(20);

    gate.rateLimited(sent, Optional.of(Duration.ofSeconds(2)), true);

    assertThat(gate.perSecond()).isInfinite();
    assertThat(turn()).isEqualTo(FakeTime.START.plusSeconds(2));
  }

  @Test
  void aPauseLongerThanTheCallerWillWaitIsReportedWithoutWaiting() throws Exception {
    Instant sent = turn();
    gate.rateLimited(sent, Optional.of(Duration.ofHours(1)), false);

    assertThat(gate.awaitTurn(Duration.ofMinutes(2))).isEmpty();
    assertThat(time.sleeps()).isEmpty();
    assertThat(gate.pauseLeft()).isEqualTo(Duration.ofHours(1));
  }
}
