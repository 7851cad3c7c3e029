package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The service reads the recurrence window at start, so the first form does not wait for it. */
class RecurrenceWindowLoadingTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final String TEXT =
      "Drawing revision never reached purchasing, wrong gland plates bought.";

  private final InMemoryEarlierLessons earlier = new InMemoryEarlierLessons();
  private final List<Instant> readsFrom = new CopyOnWriteArrayList<>();
  private final List<Boolean> failing = new ArrayList<>(List.of(false));
  private final RecurrenceDetector detector =
      new RecurrenceDetector(
          (from, to) -> {
            readsFrom.add(from);
            if (failing.get(0)) {
              throw new IllegalStateException("the store is down");
            }
            return earlier.capturedBetween(from, to);
          },
          new Tokenizer(),
          ClassifySettings.defaults(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  RecurrenceWindowLoadingTest() {
    earlier.add(new EarlierLesson("A", 2, "Old revision", TEXT, NOW.minus(Duration.ofDays(30))));
  }

  @Test
  void afterTheStartTheFirstCheckReadsOnlyTheLateCommitMargin() {
    RecurrenceWindowLoading loading = new RecurrenceWindowLoading(detector);
    loading.start();
    loading.stop(); // waits for the read in progress

    assertThat(readsFrom).containsExactly(NOW.minus(Duration.ofDays(90)));
    RecurrenceFinding finding = detector.check(1, "Old revision", TEXT);

    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactly("A");
    assertThat(readsFrom.get(1)).isEqualTo(NOW.minus(RecurrenceWindow.LATE_COMMIT_MARGIN));
  }

  @Test
  void aStoreThatFailsAtTheStartLeavesTheReadToTheFirstCheck() {
    failing.set(0, true);
    RecurrenceWindowLoading loading = new RecurrenceWindowLoading(detector);
    loading.start();
    loading.stop();
    failing.set(0, false);

    RecurrenceFinding finding = detector.check(1, "Old revision", TEXT);

    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactly("A");
    assertThat(readsFrom).hasSize(2).allMatch(NOW.minus(Duration.ofDays(90))::equals);
  }

  @Test
  void stoppingBeforeStartingDoesNothing() {
    new RecurrenceWindowLoading(detector).stop();

    assertThat(readsFrom).isEmpty();
  }
}
