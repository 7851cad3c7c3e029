package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;
import org.learningoffice.store.Savepoints;

/**
 * The {@code feed_forward}, {@code feed_forward_lessons} and {@code feed_forward_votes} tables:
 * which lessons each order received and in which ranking round (each round stored once, so a
 * retried job posts what its first attempt ranked; a lesson an order has is never added again), its
 * related page's newest link, and the votes.
 */
public final class FeedForwardStore {
  /**
   * One lesson fed to an order: its row id, place (from 1), relevance and the round that added it.
   */
  public record Placed(long lessonId, int place, double relevance, int round) {}

  /**
   * What an order received, the newest round stored, and when its lessons first reached Jira (empty
   * until then).
   */
  public record Fed(
      long orderId,
      URI relatedUrl,
      List<Placed> lessons,
      int rankedRound,
      Optional<Instant> postedAt) {
    public Fed {
      lessons = List.copyOf(lessons);
    }

    /** The lessons that round {@code round} added. */
    public Fed ofRound(int round) {
      return new Fed(
          orderId,
          relatedUrl,
          lessons.stream().filter(l -> l.round() == round).toList(),
          rankedRound,
          postedAt);
    }
  }

  /** Lessons fed forward and votes "helped" in a span of time. */
  public record Counts(int fedForward, int helped) {}

  private final Jdbi jdbi;

  @Inject
  public FeedForwardStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** What the order received, if it was ranked. */
  public Optional<Fed> find(long orderId) {
    return jdbi.withHandle(h -> find(h, orderId));
  }

  /** Whether the order was ranked (in any round), read in the caller's transaction. */
  boolean ranked(Handle transaction, long orderId) {
    return transaction
            .createQuery("SELECT COUNT(*) FROM feed_forward WHERE order_id = :order")
            .bind("order", orderId)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Stores round 1 of an order's ranking; see {@link #record(long, int, URI, List, Instant)}. */
  public Fed record(long orderId, URI relatedUrl, List<RankedLesson> ranked, Instant at) {
    return record(orderId, 1, relatedUrl, ranked, at);
  }

  /**
   * Stores round {@code round} of an order's ranking, unless that round or a later one is stored
   * already (another attempt got there first): the ranked lessons the order has not received are
   * added after the others, and when there is any, {@code relatedUrl} becomes the page's link.
   * Returns what is stored either way.
   */
  public Fed record(
      long orderId, int round, URI relatedUrl, List<RankedLesson> ranked, Instant at) {
    return jdbi.inTransaction(
        h -> {
          Optional<Integer> stored = rankedRound(h, orderId);
          if (stored.isEmpty()) {
            boolean inserted =
                Savepoints.insertUnlessDuplicate(
                    h,
                    "feed_forward_insert",
                    t ->
                        t.createUpdate(
                                "INSERT INTO feed_forward (order_id, related_url, ranked_at,"
                                    + " ranked_round) VALUES (:order, :url, :at, 0)")
                            .bind("order", orderId)
                            .bind("url", relatedUrl.toString())
                            .bind("at", at)
                            .execute());
            stored = inserted ? Optional.of(0) : rankedRound(h, orderId);
          }
          if (stored.orElseThrow() >= round) {
            return find(h, orderId).orElseThrow();
          }
          Set<Long> had =
              h.createQuery("SELECT lesson_id FROM feed_forward_lessons WHERE order_id = :order")
                  .bind("order", orderId)
                  .mapTo(Long.class)
                  .collect(Collectors.toSet());
          int place =
              h.createQuery(
                          "SELECT COALESCE(MAX(place), 0) FROM feed_forward_lessons"
                              + " WHERE order_id = :order")
                      .bind("order", orderId)
                      .mapTo(Integer.class)
                      .one()
                  + 1;
          int added = 0;
          for (RankedLesson lesson : ranked) {
            if (had.contains(lesson.lesson().lesson().id())) {
              continue;
            }
            h.createUpdate(
                    "INSERT INTO feed_forward_lessons (order_id, lesson_id, place, relevance,"
                        + " ranked_round) VALUES (:order, :lesson, :place, :relevance, :round)")
                .bind("order", orderId)
                .bind("lesson", lesson.lesson().lesson().id())
                .bind("place", place++)
                .bind("relevance", lesson.relevance())
                .bind("round", round)
                .execute();
            added++;
          }
          h.createUpdate(
                  "UPDATE feed_forward SET ranked_round = :round, ranked_at = :at"
                      + (added > 0 ? ", related_url = :url" : "")
                      + " WHERE order_id = :order")
              .bind("round", round)
              .bind("at", at)
              .bind("url", relatedUrl.toString())
              .bind("order", orderId)
              .execute();
          return find(h, orderId).orElseThrow();
        });
  }

  /** The newest round stored for the order, its row locked for the rest of the transaction. */
  private static Optional<Integer> rankedRound(Handle h, long orderId) {
    return h.createQuery("SELECT ranked_round FROM feed_forward WHERE order_id = :order FOR UPDATE")
        .bind("order", orderId)
        .mapTo(Integer.class)
        .findOne();
  }

  /** Records that round {@code round}'s lessons reached the order's ticket. */
  public void markPosted(long orderId, int round, Instant at) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE feed_forward SET posted_at = :at WHERE order_id = :order"
                      + " AND posted_at IS NULL")
              .bind("at", at)
              .bind("order", orderId)
              .execute();
          h.createUpdate(
                  "UPDATE feed_forward_lessons SET posted_at = :at WHERE order_id = :order"
                      + " AND ranked_round = :round AND posted_at IS NULL")
              .bind("at", at)
              .bind("order", orderId)
              .bind("round", round)
              .execute();
        });
  }

  /** The votes on these lessons wherever they were fed forward; lessons without votes left out. */
  public Map<Long, Feedback> feedback(Collection<Long> lessonIds) {
    if (lessonIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Feedback> feedback = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT lesson_id,"
                        + " SUM(CASE WHEN vote = 'HELPED' THEN 1 ELSE 0 END) AS helped,"
                        + " SUM(CASE WHEN vote = 'NOT_RELEVANT' THEN 1 ELSE 0 END) AS not_relevant"
                        + " FROM feed_forward_votes WHERE lesson_id IN (<ids>) GROUP BY lesson_id")
                .bindList("ids", List.copyOf(lessonIds))
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getLong("lesson_id"),
                            new Feedback(rs.getInt("helped"), rs.getInt("not_relevant"))))
                .forEach(e -> feedback.put(e.getKey(), e.getValue())));
    return feedback;
  }

  /**
   * Records a vote on a lesson fed to this order: one per lesson and link, a later vote replacing
   * the earlier. Returns false when the lesson was not fed to the order.
   */
  public boolean vote(long orderId, long lessonId, Vote vote, Instant at) {
    return jdbi.inTransaction(
        h -> {
          boolean fed =
              h.createQuery(
                          "SELECT COUNT(*) FROM feed_forward_lessons WHERE order_id = :order"
                              + " AND lesson_id = :lesson")
                      .bind("order", orderId)
                      .bind("lesson", lessonId)
                      .mapTo(Integer.class)
                      .one()
                  == 1;
          if (!fed) {
            return false;
          }
          if (update(h, orderId, lessonId, vote, at) == 0) {
            boolean inserted =
                Savepoints.insertUnlessDuplicate(
                    h,
                    "feed_forward_vote",
                    t ->
                        t.createUpdate(
                                "INSERT INTO feed_forward_votes (order_id, lesson_id, vote,"
                                    + " voted_at) VALUES (:order, :lesson, :vote, :at)")
                            .bind("order", orderId)
                            .bind("lesson", lessonId)
                            .bind("vote", vote.name())
                            .bind("at", at)
                            .execute());
            if (!inserted) {
              update(h, orderId, lessonId, vote, at); // a vote sent at the same moment won
            }
          }
          return true;
        });
  }

  /** The votes given on an order's page, by lesson row id. */
  public Map<Long, Vote> votesOf(long orderId) {
    Map<Long, Vote> votes = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT lesson_id, vote FROM feed_forward_votes WHERE order_id = :order")
                .bind("order", orderId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), Vote.valueOf(rs.getString(2))))
                .forEach(e -> votes.put(e.getKey(), e.getValue())));
    return votes;
  }

  /**
   * Lessons fed forward to tickets (posted) in {@code [from, to)}, and "helped" votes given then.
   */
  public Counts counts(Instant from, Instant to) {
    return jdbi.withHandle(
        h ->
            new Counts(
                h.createQuery(
                        "SELECT COUNT(*) FROM feed_forward_lessons WHERE posted_at >= :from"
                            + " AND posted_at < :to")
                    .bind("from", from)
                    .bind("to", to)
                    .mapTo(Integer.class)
                    .one(),
                h.createQuery(
                        "SELECT COUNT(*) FROM feed_forward_votes WHERE vote = 'HELPED'"
                            + " AND voted_at >= :from AND voted_at < :to")
                    .bind("from", from)
                    .bind("to", to)
                    .mapTo(Integer.class)
                    .one()));
  }

  private static int update(Handle h, long orderId, long lessonId, Vote vote, Instant at) {
    return h.createUpdate(
            "UPDATE feed_forward_votes SET vote = :vote, voted_at = :at WHERE order_id = :order"
                + " AND lesson_id = :lesson")
        .bind("vote", vote.name())
        .bind("at", at)
        .bind("order", orderId)
        .bind("lesson", lessonId)
        .execute();
  }

  private record Head(String url, int rankedRound, Optional<Instant> postedAt) {}

  private static Optional<Fed> find(Handle h, long orderId) {
    Optional<Head> head =
        h.createQuery(
                "SELECT related_url, ranked_round, posted_at FROM feed_forward"
                    + " WHERE order_id = :order")
            .bind("order", orderId)
            .map(
                (rs, ctx) ->
                    new Head(
                        rs.getString("related_url"),
                        rs.getInt("ranked_round"),
                        Optional.ofNullable(rs.getObject("posted_at", OffsetDateTime.class))
                            .map(OffsetDateTime::toInstant)))
            .findOne();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<Placed> lessons =
        h.createQuery(
                "SELECT lesson_id, place, relevance, ranked_round FROM feed_forward_lessons"
                    + " WHERE order_id = :order ORDER BY place")
            .bind("order", orderId)
            .map(
                (rs, ctx) -> new Placed(rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4)))
            .list();
    return Optional.of(
        new Fed(
            orderId,
            URI.create(head.get().url()),
            lessons,
            head.get().rankedRound(),
            head.get().postedAt()));
  }
}
