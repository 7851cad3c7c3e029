package org.learningoffice.classify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The lessons of the recurrence look-back window as a TF-IDF corpus, kept between checks. The form
 * asks for suggestions while a person types, and each asks whether the lesson recurs: instead of
 * reading and stemming the whole window every time, a check that slides the window forward asks the
 * store only for lessons captured since the last check and drops those that left the window.
 *
 * <p>Lessons are read again from {@link #LATE_COMMIT_MARGIN} before the last check's end, so one
 * that another instance or a slow transaction committed a little after its capture time is still
 * picked up; a lesson committed later than that after its capture time is not seen here until the
 * service restarts. A check of a window that does not slide forward (an earlier time) reads its
 * window afresh. Thread-safe.
 */
final class RecurrenceWindow {

  /** How far back each check reads the store again for lessons committed after their time. */
  static final Duration LATE_COMMIT_MARGIN = Duration.ofMinutes(10);

  /** What the window keeps of a lesson besides its stems: not its text. */
  private record Kept(String id, long orderId, String title, Instant capturedAt) {}

  private static final Comparator<Kept> BY_CAPTURE =
      Comparator.comparing(Kept::capturedAt).thenComparing(Kept::id);

  private final EarlierLessons earlier;
  private final Tokenizer tokenizer;
  private final TfIdfCorpus<String> corpus = new TfIdfCorpus<>();
  private final Map<String, Kept> byId = new HashMap<>();
  private final NavigableSet<Kept> byCapture = new TreeSet<>(BY_CAPTURE);
  private Instant from;
  private Instant to;

  RecurrenceWindow(EarlierLessons earlier, Tokenizer tokenizer) {
    this.earlier = earlier;
    this.tokenizer = tokenizer;
  }

  /**
   * The lessons captured in [from, to) on other orders than {@code exceptOrderId} whose similarity
   * to {@code stems} reaches {@code threshold}, most similar first (then oldest first). That
   * order's own lessons stay in the corpus, where they weigh the words as before; they are only not
   * listed.
   */
  synchronized List<SimilarLesson> similarTo(
      List<String> stems, long exceptOrderId, Instant from, Instant to, double threshold) {
    slideTo(from, to);
    List<SimilarLesson> similar = new ArrayList<>();
    corpus
        .similarities(stems)
        .forEach(
            (id, similarity) -> {
              Kept lesson = byId.get(id);
              if (similarity >= threshold && lesson.orderId() != exceptOrderId) {
                similar.add(
                    new SimilarLesson(lesson.id(), lesson.orderId(), lesson.title(), similarity));
              }
            });
    similar.sort(
        Comparator.comparingDouble(SimilarLesson::similarity)
            .reversed()
            .thenComparing(s -> byId.get(s.id()), BY_CAPTURE));
    return similar;
  }

  /** Reads the window [from, to) now, so that a check of it does not have to. */
  synchronized void load(Instant from, Instant to) {
    slideTo(from, to);
  }

  private void slideTo(Instant newFrom, Instant newTo) {
    boolean forward = to != null && !newFrom.isBefore(from) && !newTo.isBefore(to);
    Instant readFrom = newFrom;
    if (forward) {
      while (!byCapture.isEmpty() && byCapture.first().capturedAt().isBefore(newFrom)) {
        forget(byCapture.first());
      }
      Instant again = to.minus(LATE_COMMIT_MARGIN);
      readFrom = again.isAfter(newFrom) ? again : newFrom;
    } else {
      List.copyOf(byId.values()).forEach(this::forget);
      // nothing is known until the read below succeeds; a failed read leaves it so
      from = null;
      to = null;
    }
    for (EarlierLesson lesson : earlier.capturedBetween(readFrom, newTo)) {
      if (!byId.containsKey(lesson.id())) {
        Kept kept = new Kept(lesson.id(), lesson.orderId(), lesson.title(), lesson.capturedAt());
        byId.put(kept.id(), kept);
        byCapture.add(kept);
        corpus.add(kept.id(), tokenizer.stems(lesson.title() + "\n" + lesson.text()));
      }
    }
    from = newFrom;
    to = newTo;
  }

  private void forget(Kept lesson) {
    byId.remove(lesson.id());
    byCapture.remove(lesson);
    corpus.remove(lesson.id());
  }
}
