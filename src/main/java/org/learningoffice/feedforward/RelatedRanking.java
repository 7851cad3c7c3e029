package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.classify.TfIdfSimilarity;
import org.learningoffice.classify.Tokenizer;
import org.learningoffice.config.FeedForwardConfig;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.RelatedCandidates;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Stage;

/**
 * Ranks the earlier lessons most likely to help an order. Candidates are the newest {@value
 * #PER_SLICE} lessons of earlier orders for the same customer and the newest {@value #PER_SLICE}
 * with the same strategy (both read by index, so the cost does not grow with the store). Each is
 * scored on what it shares with the order:
 *
 * <pre>
 *   match     = 0.60 · text + 0.25 · same customer + 0.10 · same strategy + 0.05 · stage ahead
 *   relevance = min(1, match · recency · recurrence · feedback)
 * </pre>
 *
 * where {@code text} is the TF-IDF cosine (the recurrence similarity) of the order's words with the
 * lesson's title (weight 0.6) and with its text and proposed action (0.4), the order's words being
 * its summary or its description, whichever matches better (so a long description never dilutes a
 * summary that matches, and a short summary does not hide what the description says); {@code stage
 * ahead} is 1 for a lesson of the order's current stage or a later one (0.5 when either is unknown,
 * 0 for a stage already behind); {@code recency} falls from 1 to 0.6 with a half-life of a year; a
 * {@code RECURRENT} lesson counts 1.2 times; and {@link Feedback#factor() feedback} is what earlier
 * readers' votes make of it (0.5 to 1.5). The best {@code feedForward.maxLessons} at or above
 * {@code feedForward.minRelevance} are kept; a lesson that shares only the strategy never is.
 */
public final class RelatedRanking {
  static final int PER_SLICE = 100;
  private static final Duration HALF_LIFE = Duration.ofDays(365);

  private final RelatedCandidates candidates;
  private final FeedForwardStore store;
  private final Tokenizer tokenizer;
  private final TfIdfSimilarity similarity;
  private final FeedForwardConfig config;
  private final Clock clock;

  @Inject
  public RelatedRanking(
      RelatedCandidates candidates,
      FeedForwardStore store,
      Tokenizer tokenizer,
      TfIdfSimilarity similarity,
      FeedForwardConfig config,
      Clock clock) {
    this.candidates = candidates;
    this.store = store;
    this.tokenizer = tokenizer;
    this.similarity = similarity;
    this.config = config;
    this.clock = clock;
  }

  /** The lessons for {@code order}, most relevant first; empty when none is relevant enough. */
  public List<RankedLesson> rank(OrderToFeed order) {
    Map<Long, LessonWithOrder> pool = new LinkedHashMap<>();
    Map<Long, Boolean> sameCustomer = new LinkedHashMap<>();
    if (!order.customer().isBlank()) {
      for (LessonWithOrder l :
          candidates.ofCustomer(order.customer(), order.orderId(), PER_SLICE)) {
        pool.put(l.lesson().id(), l);
        sameCustomer.put(l.lesson().id(), true);
      }
    }
    for (LessonWithOrder l : candidates.ofStrategy(order.strategy(), order.orderId(), PER_SLICE)) {
      pool.putIfAbsent(l.lesson().id(), l);
    }
    if (pool.isEmpty()) {
      return List.of();
    }
    List<LessonWithOrder> lessons = List.copyOf(pool.values());
    double[] titles =
        textMatch(order, lessons.stream().map(l -> tokenizer.stems(l.lesson().title())).toList());
    double[] texts =
        textMatch(order, lessons.stream().map(l -> tokenizer.stems(body(l.lesson()))).toList());
    Map<Long, Feedback> feedback = store.feedback(pool.keySet());
    Instant now = clock.instant();
    List<RankedLesson> ranked = new ArrayList<>();
    for (int i = 0; i < lessons.size(); i++) {
      LessonWithOrder l = lessons.get(i);
      double text = 0.6 * titles[i] + 0.4 * texts[i];
      double match =
          0.60 * text
              + 0.25 * (sameCustomer.getOrDefault(l.lesson().id(), false) ? 1 : 0)
              + 0.10 * (l.strategy() == order.strategy() ? 1 : 0)
              + 0.05 * stageAhead(order.stage(), l.lesson().stage());
      double relevance =
          Math.min(
              1.0,
              match
                  * recency(l.lesson().createdAt(), now)
                  * (l.lesson().recurrence() == Recurrence.RECURRENT ? 1.2 : 1.0)
                  * feedback.getOrDefault(l.lesson().id(), Feedback.NONE).factor());
      if (relevance >= config.minRelevance() && relevance > 0) {
        ranked.add(new RankedLesson(l, relevance));
      }
    }
    ranked.sort(
        Comparator.comparingDouble(RankedLesson::relevance)
            .reversed()
            .thenComparing(r -> r.lesson().lesson().createdAt(), Comparator.reverseOrder())
            .thenComparingLong(r -> r.lesson().lesson().id()));
    return List.copyOf(ranked.subList(0, Math.min(config.maxLessons(), ranked.size())));
  }

  /** Per document, the better of its similarity to the order's summary and to its description. */
  private double[] textMatch(OrderToFeed order, List<List<String>> documents) {
    double[] best = similarity.similarities(tokenizer.stems(order.summary()), documents);
    if (!order.description().isBlank()) {
      double[] described = similarity.similarities(tokenizer.stems(order.description()), documents);
      for (int i = 0; i < best.length; i++) {
        best[i] = Math.max(best[i], described[i]);
      }
    }
    return best;
  }

  private static String body(Lesson lesson) {
    return lesson.text() + "\n" + lesson.proposedAction().orElse("");
  }

  private static double stageAhead(Optional<Stage> orderAt, Optional<Stage> lessonAt) {
    if (orderAt.isEmpty() || lessonAt.isEmpty()) {
      return 0.5;
    }
    return lessonAt.get().ordinal() >= orderAt.get().ordinal() ? 1.0 : 0.0;
  }

  private static double recency(Instant created, Instant now) {
    double age = Math.max(0, Duration.between(created, now).toHours());
    return 0.6 + 0.4 * Math.pow(0.5, age / HALF_LIFE.toHours());
  }
}
