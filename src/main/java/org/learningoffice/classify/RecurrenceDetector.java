package org.learningoffice.classify;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.learningoffice.taxonomy.Recurrence;

/**
 * Marks a lesson {@code RECURRENT} when earlier lessons of enough other orders in the look-back
 * window say much the same (P1), and keeps those lessons for the form and the digest. What counts
 * is orders, not lessons: several people writing up one incident on one order is one occurrence,
 * and the lesson's own order never counts. One per service: it keeps the window's lessons between
 * checks ({@link RecurrenceWindow}).
 */
public final class RecurrenceDetector {

  private final RecurrenceWindow window;
  private final Tokenizer tokenizer;
  private final ClassifySettings settings;
  private final Clock clock;

  @Inject
  public RecurrenceDetector(
      EarlierLessons earlier, Tokenizer tokenizer, ClassifySettings settings, Clock clock) {
    this.window = new RecurrenceWindow(earlier, tokenizer);
    this.tokenizer = tokenizer;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Reads the look-back window as of now, which the first check would otherwise do while a person
   * waits for the form's suggestions.
   */
  public void loadWindow() {
    Instant now = clock.instant();
    window.load(now.minus(settings.recurrenceLookBack()), now);
  }

  /**
   * Compares a lesson being written now on the order with store id {@code orderId} with the lessons
   * of other orders captured in the window before now.
   */
  public RecurrenceFinding check(long orderId, String title, String text) {
    return check(orderId, title, text, clock.instant());
  }

  /**
   * Compares a lesson captured at {@code capturedAt} on the order with store id {@code orderId}
   * with the lessons of other orders in the window before it.
   */
  public RecurrenceFinding check(long orderId, String title, String text, Instant capturedAt) {
    List<SimilarLesson> similar =
        window.similarTo(
            tokenizer.stems(title + "\n" + text),
            orderId,
            capturedAt.minus(settings.recurrenceLookBack()),
            capturedAt,
            settings.recurrenceThreshold());
    long orders = similar.stream().mapToLong(SimilarLesson::orderId).distinct().count();
    Recurrence recurrence =
        orders >= settings.recurrenceMinSimilar() ? Recurrence.RECURRENT : Recurrence.SPORADIC;
    return new RecurrenceFinding(recurrence, similar);
  }
}
