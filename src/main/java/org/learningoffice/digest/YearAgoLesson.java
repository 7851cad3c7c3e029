package org.learningoffice.digest;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.lesson.DigestQueries;
import org.learningoffice.store.Database;

/**
 * "One year ago this week": of the lessons captured in the ISO week one year before a week (52
 * weeks earlier), the one most voted "helped" by later orders, else the first recurrent one, else
 * none.
 */
public final class YearAgoLesson {
  /** Lesson ids asked about votes at once, well below any database's bound-parameter limit. */
  private static final int VOTE_BATCH = 500;

  /** The lesson picked, why, and the week it is from. */
  public record Pick(DigestLesson lesson, IsoWeek week, int helped) {
    /** Whether it was picked for its votes (else for being recurrent). */
    public boolean forVotes() {
      return helped > 0;
    }

    /** Why it was picked, in the reader's words. */
    public String reason() {
      if (forVotes()) {
        return helped == 1 ? "it helped 1 later order" : "it helped " + helped + " later orders";
      }
      return "it recurred: the same had happened on an earlier order";
    }
  }

  private final Database database;
  private final HelpedVotes votes;
  private final DigestRows rows;
  private final ZoneId zone;

  @Inject
  YearAgoLesson(Database database, HelpedVotes votes, TicketLinks links, DigestConfig config) {
    this(database, votes, links, config.zone());
  }

  public YearAgoLesson(Database database, HelpedVotes votes, TicketLinks links, ZoneId zone) {
    this.database = database;
    this.votes = votes;
    this.rows = new DigestRows(links);
    this.zone = zone;
  }

  /**
   * The ISO week one year before {@code week}: the same week number a year earlier (52 weeks back,
   * or 53 after a 53-week year), and that year's last week for a week 53 the year before lacks.
   */
  public static IsoWeek yearBefore(IsoWeek week) {
    return IsoWeek.parse(String.format("%04d-W%02d", week.year() - 1, week.week()))
        .orElseGet(() -> new IsoWeek(week.year() - 1, 52));
  }

  /** The lesson to recall in {@code week}, from the week a year before it; empty when none fits. */
  public Optional<Pick> pick(IsoWeek week) {
    IsoWeek then = yearBefore(week);
    Instant start = then.start(zone);
    Instant end = then.end(zone);
    // one connection at a time: the votes are read on their own, between the two queries
    List<Long> ids = database.jdbi().withHandle(h -> new DigestQueries(h).lessonIds(start, end));
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    long best = -1;
    int most = 0;
    for (Map.Entry<Long, Integer> e : helped(ids).entrySet()) {
      // ids in capture order: on a tie the earlier lesson stays
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    int helped = most;
    String condition = helped > 0 ? "l.id = " + best : "l.recurrence = 'RECURRENT'";
    return database
        .jdbi()
        .withHandle(
            h ->
                new DigestQueries(h)
                    .first(condition, List.of(), start, end)
                    .map(row -> new Pick(rows.lesson(row), then, helped)));
  }

  /** The "helped" votes of the ids, in the ids' order (only those with votes). */
  private Map<Long, Integer> helped(List<Long> ids) {
    Map<Long, Integer> found = new HashMap<>();
    for (int i = 0; i < ids.size(); i += VOTE_BATCH) {
      found.putAll(votes.helped(ids.subList(i, Math.min(ids.size(), i + VOTE_BATCH))));
    }
    Map<Long, Integer> ordered = new LinkedHashMap<>();
    for (Long id : ids) {
      Integer n = found.get(id);
      if (n != null && n > 0) {
        ordered.put(id, n);
      }
    }
    return ordered;
  }
}
