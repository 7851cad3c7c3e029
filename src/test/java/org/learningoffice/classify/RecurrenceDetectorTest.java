package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Recurrence;

class RecurrenceDetectorTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final String TEXT =
      "Gland plates were bought for the old drawing revision because the revision never reached"
          + " purchasing; send every drawing revision to purchasing.";

  private final InMemoryEarlierLessons earlier = new InMemoryEarlierLessons();
  private final RecurrenceDetector detector =
      new RecurrenceDetector(
          earlier,
          new Tokenizer(),
          new TfIdfSimilarity(),
          ClassifySettings.defaults(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private void earlier(String id, String text, Duration ago) {
    earlier.add(new EarlierLesson(id, "title " + id, text, NOW.minus(ago)));
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
    earlier(
        "A",
        "Drawing revision never reached purchasing, wrong gland plates bought.",
        Duration.ofDays(10));
    earlier(
        "B",
        "Purchasing bought to an old drawing revision again; revisions must go to purchasing.",
        Duration.ofDays(60));

    RecurrenceFinding finding = detector.check("Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.RECURRENT);
    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactlyInAnyOrder("A", "B");
    assertThat(finding.summary()).startsWith("others learned this before: ");
  }

  @Test
  void isSporadicWithFewerSimilarLessonsThanMinSimilar() {
    unrelated();
    earlier(
        "A",
        "Drawing revision never reached purchasing, wrong gland plates bought.",
        Duration.ofDays(10));

    RecurrenceFinding finding = detector.check("Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.SPORADIC);
    assertThat(finding.similar()).extracting(SimilarLesson::id).containsExactly("A");
  }

  @Test
  void ignoresSimilarLessonsOutsideTheLookBackWindow() {
    unrelated();
    earlier(
        "A",
        "Drawing revision never reached purchasing, wrong gland plates bought.",
        Duration.ofDays(10));
    earlier(
        "OLD",
        "Purchasing bought to an old drawing revision again; revisions must go to purchasing.",
        Duration.ofDays(91));

    RecurrenceFinding finding = detector.check("Old revision at purchasing", TEXT);

    assertThat(finding.recurrence()).isEqualTo(Recurrence.SPORADIC);
    assertThat(finding.similar()).extracting(SimilarLesson::id).doesNotContain("OLD");
  }

  @Test
  void emptyTextIsNeverRecurrent() {
    unrelated();

    assertThat(detector.check("", "").recurrence()).isEqualTo(Recurrence.SPORADIC);
  }
}
