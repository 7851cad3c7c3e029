package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Recurrence;

class RecurrenceDetectorTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final String GLAND_PLATES =
      "Drawing revision never reached purchasing, wrong gland plates bought.";
  private static final String OLD_REVISION =
      "Purchasing bought to an old drawing revision again; revisions must go to purchasing.";
  private static final String TEXT =
      "Gland plates were bought for the old drawing revision because the revision never reached"
          + " purchasing; send every drawing revision to purchasing.";

  /** The order of the lesson being checked (store row id). */
  private static final long THIS_ORDER = 1;

  private final InMemoryEarlierLessons earlier = new InMemoryEarlierLessons();
  private final RecurrenceDetector detector =
      new RecurrenceDetector(
          earlier, new Tokenizer(), ClassifySettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
  private long nextOrder = 100;

  /** An earlier lesson on an order of its own. */
  private void earlier(String id, String text, Duration ago) {
    earlier(id, nextOrder++, text, ago);
  }

  private void earlier(String id, long order, String text, Duration ago) {
    earlier.add(new EarlierLesson(id, order, "title " + id, text, NOW.minus(ago)));
  }

  private void unrelated() {
    earlier("U1", "The paint shop oven needs a new burner before winter.", Duration.ofDays(3));
    earlier(
        "U2", "Quote templates lack the freight line for island deliveries.", Duration.ofDays(4));
    earlier(
        "U3", "Forklift training for the new warehouse staff took two days.", Duration.ofDays(5));
  }

  @Test
  void isRecurrentWhenEnoughSimilarEarlierLessonsAreInTheWindow() {
    unrelated();
    earlier("A", GLAND_PLATES, Duration.ofDays(10));
    earlier("B", OLD_REVISION, Duration.ofDays(60));

    RecurrenceFinding finding = detector.check(THIS_ORDER, "Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.RECURRENT);
    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactlyInAnyOrder("A", "B");
    assertThat(finding.summary()).startsWith("others learned this before: ");
  }

  @Test
  void isSporadicWithFewerSimilarLessonsThanMinSimilar() {
    unrelated();
    earlier("A", GLAND_PLATES, Duration.ofDays(10));

    RecurrenceFinding finding = detector.check(THIS_ORDER, "Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.SPORADIC);
    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactly("A");
  }

  @Test
  void ignoresSimilarLessonsOutsideTheLookBackWindow() {
    unrelated();
    earlier("A", GLAND_PLATES, Duration.ofDays(10));
    earlier("OLD", OLD_REVISION, Duration.ofDays(91));

    RecurrenceFinding finding = detector.check(THIS_ORDER, "Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.SPORADIC);
    assertThat(finding.similar()).extracting(SimilarLesson::id).doesNotContain("OLD");
  }

  @Test
  void emptyTextIsNeverRecurrent() {
    unrelated();

    assertThat(detector.check(THIS_ORDER, "", "").recurrence()).isEqualTo(Recurrence.SPORADIC);
  }

  @Test
  void similarLessonsOnTheSameOrderDoNotMakeALessonRecurrent() {
    unrelated();
    earlier("A", THIS_ORDER, GLAND_PLATES, Duration.ofHours(3));
    earlier("B", THIS_ORDER, OLD_REVISION, Duration.ofHours(2));

    RecurrenceFinding finding = detector.check(THIS_ORDER, "Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.SPORADIC);
    assertThat(finding.similar()).as("write-ups of the same order's incident").isEmpty();
  }

  @Test
  void similarLessonsOnTwoOtherOrdersMakeALessonRecurrent() {
    unrelated();
    earlier("A", 2, GLAND_PLATES, Duration.ofDays(10));
    earlier("B", 3, OLD_REVISION, Duration.ofDays(60));
    earlier("MINE", THIS_ORDER, "Drawing revision never reached purchasing.", Duration.ofHours(1));

    RecurrenceFinding finding = detector.check(THIS_ORDER, "Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.RECURRENT);
    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void theKeptWindowLeavesOutOnlyTheLessonsOfTheOrderChecked() {
    earlier("A", THIS_ORDER, GLAND_PLATES, Duration.ofDays(10));
    earlier("B", THIS_ORDER, OLD_REVISION, Duration.ofDays(9));

    RecurrenceFinding mine = detector.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW);
    RecurrenceFinding another = detector.check(2, "Old revision at purchasing", TEXT, NOW);

    assertThat(mine.similar()).isEmpty();
    assertThat(another.similar()).extracting(SimilarLesson::id).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void similarLessonsOfOneOtherOrderCountAsOneOccurrence() {
    unrelated();
    earlier("A", 2, GLAND_PLATES, Duration.ofDays(10));
    earlier("B", 2, OLD_REVISION, Duration.ofDays(10));

    RecurrenceFinding finding = detector.check(THIS_ORDER, "Old revision at purchasing", TEXT);

    assertThat(finding.recurrence())
        .as("one other order, minSimilar 2")
        .isEqualTo(Recurrence.SPORADIC);
    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void aLessonCapturedAfterTheLastCheckIsSeenByTheNext() {
    unrelated();
    detector.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW);
    earlier.add(
        new EarlierLesson(
            "NEW", 2, "Revision again", "Drawing revision never reached purchasing.", NOW));

    RecurrenceFinding finding =
        detector.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW.plusSeconds(30));

    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactly("NEW");
  }

  @Test
  void aLessonCommittedAfterItsCaptureTimeWithinTheMarginIsStillSeen() {
    unrelated();
    detector.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW);
    // another instance captured it before NOW but committed it after this instance's check
    earlier.add(
        new EarlierLesson(
            "LATE",
            2,
            "Revision again",
            "Drawing revision never reached purchasing.",
            NOW.minus(RecurrenceWindow.LATE_COMMIT_MARGIN).plusSeconds(1)));

    RecurrenceFinding finding =
        detector.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW.plusSeconds(1));

    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactly("LATE");
  }

  @Test
  void aLessonThatLeftTheWindowIsNoLongerSimilar() {
    earlier("A", GLAND_PLATES, Duration.ofDays(10));
    assertThat(detector.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW).similar())
        .hasSize(1);

    RecurrenceFinding later =
        detector.check(
            THIS_ORDER, "Old revision at purchasing", TEXT, NOW.plus(Duration.ofDays(81)));

    assertThat(later.similar()).isEmpty();
  }

  @Test
  void eachCheckReadsOnlyTheLessonsCapturedSinceTheLastCheckAndItsMargin() {
    List<Instant[]> reads = new ArrayList<>();
    EarlierLessons counting =
        (from, to) -> {
          reads.add(new Instant[] {from, to});
          return earlier.capturedBetween(from, to);
        };
    RecurrenceDetector kept =
        new RecurrenceDetector(
            counting,
            new Tokenizer(),
            ClassifySettings.defaults(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    kept.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW);
    kept.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW.plusSeconds(5));

    assertThat(reads.get(0)[0]).isEqualTo(NOW.minus(Duration.ofDays(90)));
    assertThat(reads.get(1)[0]).isEqualTo(NOW.minus(RecurrenceWindow.LATE_COMMIT_MARGIN));
    assertThat(reads.get(1)[1]).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void aStoreThatFailsWhileTheWindowIsReadAfreshLeavesNoHalfReadWindow() {
    earlier("A", GLAND_PLATES, Duration.ofDays(10));
    boolean[] failing = {false};
    EarlierLessons flaky =
        (from, to) -> {
          if (failing[0]) {
            throw new IllegalStateException("the store is down");
          }
          return earlier.capturedBetween(from, to);
        };
    RecurrenceDetector kept =
        new RecurrenceDetector(
            flaky, new Tokenizer(), ClassifySettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(kept.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW).similar())
        .hasSize(1);

    failing[0] = true;
    assertThatThrownBy(
            () ->
                kept.check(
                    THIS_ORDER, "Old revision at purchasing", TEXT, NOW.minus(Duration.ofDays(1))))
        .hasMessageContaining("store is down");
    failing[0] = false;

    assertThat(kept.check(THIS_ORDER, "Old revision at purchasing", TEXT, NOW).similar())
        .extracting(SimilarLesson::id)
        .containsExactly("A");
  }

  @Test
  void findsWhatADetectorReadingItsWholeWindowEachTimeFinds() {
    // Lessons arrive over 200 days while checks slide forward, sometimes back; every finding
    // must equal that of a new detector, which reads its window afresh. The lessons are spread
    // over a few orders, so each check leaves out some of the kept window as its own order's.
    int orders = 5;
    List<LabelledLesson> lessons = new LabelledLessonReader(new ObjectMapper()).bundled();
    ClassifySettings settings = new ClassifySettings(0.9, Duration.ofDays(30), 2, 0.1, 20);
    RecurrenceDetector kept =
        new RecurrenceDetector(
            earlier, new Tokenizer(), settings, Clock.fixed(NOW, ZoneOffset.UTC));
    Random random = new Random(11);
    int found = 0;
    Instant at = NOW;
    int next = 0;
    for (int step = 0; step < 120; step++) {
      for (int i = random.nextInt(8); i > 0 && next < lessons.size(); i--, next++) {
        LabelledLesson lesson = lessons.get(next);
        Instant captured = at.minusSeconds(random.nextInt(300));
        earlier.add(
            new EarlierLesson(
                lesson.id(),
                random.nextInt(orders),
                lesson.input().title(),
                lesson.input().text(),
                captured));
      }
      at = random.nextInt(10) == 0 ? at.minus(Duration.ofDays(3)) : at.plus(Duration.ofDays(2));
      LabelledLesson query = lessons.get(random.nextInt(lessons.size()));
      RecurrenceDetector fresh =
          new RecurrenceDetector(
              earlier, new Tokenizer(), settings, Clock.fixed(at, ZoneOffset.UTC));

      long order = random.nextInt(orders);
      RecurrenceFinding expected =
          fresh.check(order, query.input().title(), query.input().text(), at);
      RecurrenceFinding actual = kept.check(order, query.input().title(), query.input().text(), at);

      assertThat(actual.recurrence()).isEqualTo(expected.recurrence());
      assertThat(actual.similar())
          .extracting(SimilarLesson::id)
          .isEqualTo(expected.similar().stream().map(SimilarLesson::id).toList());
      found += expected.similar().size();
    }
    assertThat(found).as("similar lessons found over all checks").isGreaterThan(100);
  }
}
