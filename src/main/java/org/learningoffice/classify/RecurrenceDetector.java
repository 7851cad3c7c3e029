package org.learningoffice.classify;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.learningoffice.taxonomy.Recurrence;

/**
 * Marks a lesson {@code RECURRENT} when enough earlier lessons in the look-back window say much the
 * same (P1), and keeps those lessons for the form and the digest.
 */
public final class RecurrenceDetector {

  private final EarlierLessons earlier;
  private final Tokenizer tokenizer;
  private final TfIdfSimilarity similarity;
  private final ClassifySettings settings;
  private final Clock clock;

  @Inject
  public RecurrenceDetector(
      EarlierLessons earlier,
      Tokenizer tokenizer,
      TfIdfSimilarity similarity,
      ClassifySettings settings,
      Clock clock) {
    this.earlier = earlier;
    this.tokenizer = tokenizer;
    this.similarity = similarity;
    this.settings = settings;
    this.clock = clock;
  }

  /** Compares a lesson being written now with lessons captured in the window before now. */
  public RecurrenceFinding check(String title, String text) {
    return check(title, text, clock.instant());
  }

  /** Compares a lesson captured at {@code capturedAt} with lessons in the window before it. */
  public RecurrenceFinding check(String title, String text, Instant capturedAt) {
    List<EarlierLesson> window =
        earlier.capturedBetween(capturedAt.minus(settings.recurrenceLookBack()), capturedAt);
    List<List<String>> documents =
        window.stream().map(l -> tokenizer.stems(l.title() + "\n" + l.text())).toList();
    double[] scores = similarity.similarities(tokenizer.stems(title + "\n" + text), documents);
    List<SimilarLesson> similar = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= settings.recurrenceThreshold()) {
        EarlierLesson lesson = window.get(i);
        similar.add(new SimilarLesson(lesson.id(), lesson.title(), scores[i]));
      }
    }
    similar.sort(Comparator.comparingDouble(SimilarLesson::similarity).reversed());
    Recurrence recurrence =
        similar.size() >= settings.recurrenceMinSimilar()
            ? Recurrence.RECURRENT
            : Recurrence.SPORADIC;
    return new RecurrenceFinding(recurrence, similar);
  }
}
