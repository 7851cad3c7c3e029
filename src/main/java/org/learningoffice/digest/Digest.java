package org.learningoffice.digest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.taxonomy.Unit;

/**
 * The learning-office digest of one ISO week, built from the store: the one model every renderer
 * (HTML, text, JSON, Slack, Teams, Jira) draws from. Lists are empty when a section has nothing.
 *
 * @param focus the unit whose lessons a recipient sees first, if any
 * @param focusLessons that unit's lessons of the week (empty without a focus)
 * @param unlisted how many lessons (or orders) each capped section holds beyond the ones it lists
 * @param contributed sections other features add ({@link DigestContribution}), in their order
 * @param dashboard the office dashboard's page of this week, where the digest's last line leads
 */
public record Digest(
    IsoWeek week,
    ZoneId zone,
    Instant generatedAt,
    Optional<Unit> focus,
    Totals totals,
    List<MatrixCell> matrix,
    List<BalanceTrend> balance,
    List<RateRow> byStrategy,
    List<RateRow> byPriority,
    List<DigestLesson> focusLessons,
    List<DigestLesson> between,
    List<RecurringTheme> recurring,
    List<DigestLesson> forProposals,
    List<DigestLesson> proposedActions,
    List<OrderLink> closedWithoutLessons,
    Window closedWithoutLessonsWindow,
    List<Highlight> highlights,
    List<OrderRef> tickets,
    Unlisted unlisted,
    List<Outline.Section> contributed,
    URI dashboard) {

  public Digest {
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(totals, "totals");
    matrix = List.copyOf(matrix);
    balance = List.copyOf(balance);
    byStrategy = List.copyOf(byStrategy);
    byPriority = List.copyOf(byPriority);
    focusLessons = List.copyOf(focusLessons);
    between = List.copyOf(between);
    recurring = List.copyOf(recurring);
    forProposals = List.copyOf(forProposals);
    proposedActions = List.copyOf(proposedActions);
    closedWithoutLessons = List.copyOf(closedWithoutLessons);
    Objects.requireNonNull(closedWithoutLessonsWindow, "closedWithoutLessonsWindow");
    highlights = List.copyOf(highlights);
    tickets = List.copyOf(tickets);
    Objects.requireNonNull(unlisted, "unlisted");
    contributed = List.copyOf(contributed);
    Objects.requireNonNull(dashboard, "dashboard");
  }

  /**
   * When the orders listed as closed without lessons closed: the week shifted back by {@code
   * digest.closedWithoutLessonsGrace}, so an order closed in the last days of a week is listed the
   * week after, once people had time to write. The windows of consecutive weeks meet, so every
   * order falls in exactly one.
   */
  public record Window(Instant from, Instant until) {
    public Window {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * True when no order closed, no lesson was captured and no order of the last days of the week
   * before waits to be listed without lessons: renderers then say so in one line.
   */
  public boolean isEmpty() {
    return totals.ordersClosed() == 0
        && totals.lessonsCaptured() == 0
        && closedWithoutLessons.isEmpty();
  }

  /** The dashboard's page of the week with only one unit's lessons. */
  public URI dashboard(Unit unit) {
    String separator = dashboard.getRawQuery() == null ? "?" : "&";
    return URI.create(dashboard + separator + "unit=" + unit.name());
  }

  /** The same digest seen by a recipient of one unit: that unit's lessons first. */
  public Digest focusedOn(Unit unit, List<DigestLesson> unitLessons) {
    return new Digest(
        week,
        zone,
        generatedAt,
        Optional.of(unit),
        totals,
        matrix,
        balance,
        byStrategy,
        byPriority,
        unitLessons,
        between,
        recurring,
        forProposals,
        proposedActions,
        closedWithoutLessons,
        closedWithoutLessonsWindow,
        highlights,
        tickets,
        unlisted,
        contributed,
        dashboard);
  }

  /** The week's headline figures. */
  public record Totals(
      int ordersClosed,
      int lessonsCaptured,
      int closedOrdersWithLessons,
      Optional<Duration> medianTimeToFirstLesson,
      int realTime,
      int retrospective) {
    /** Share of the week's closed orders with at least one lesson; 0 when none closed. */
    public double captureRate() {
      return ordersClosed == 0 ? 0 : (double) closedOrdersWithLessons / ordersClosed;
    }
  }

  /** One cell of the unit × type matrix, next to the average of the four weeks before. */
  public record MatrixCell(
      Unit unit, org.learningoffice.taxonomy.LessonType type, int count, double previousAverage) {
    public double change() {
      return count - previousAverage;
    }
  }

  /** Exploration share of one unit, week by week (oldest first, this week last). */
  public record BalanceTrend(Unit unit, List<WeekShare> weeks) {
    public BalanceTrend {
      weeks = List.copyOf(weeks);
    }
  }

  /** Exploration lessons out of all lessons of a unit in one week. */
  public record WeekShare(IsoWeek week, int exploration, int total) {
    /** The exploration share, or empty when the unit had no lesson that week. */
    public Optional<Double> share() {
      return total == 0 ? Optional.empty() : Optional.of((double) exploration / total);
    }
  }

  /**
   * Lessons per closed order in one group (a delivery strategy or a priority class), the group
   * named as people read it: ETO, Expedited.
   */
  public record RateRow(String group, int orders, int lessons) {
    public double perOrder() {
      return orders == 0 ? 0 : (double) lessons / orders;
    }
  }

  /** A recurring lesson of the week with the earlier lessons that said much the same. */
  public record RecurringTheme(DigestLesson lesson, List<EarlierLesson> earlier) {
    public RecurringTheme {
      earlier = List.copyOf(earlier);
    }
  }

  /** An earlier occurrence of a recurring theme. */
  public record EarlierLesson(String title, OrderRef order, Instant createdAt, double score) {}

  /** A lesson picked out by a stated rule ({@link #reason()}). */
  public record Highlight(String reason, DigestLesson lesson) {}

  /**
   * What a capped section holds beyond what it lists (the newest {@link
   * DigestBuilder#LISTED_PER_SECTION} lessons or orders closed without lessons, the newest {@link
   * DigestBuilder#TICKETS_LISTED} tickets); 0 when it lists them all.
   */
  public record Unlisted(
      int between,
      int recurring,
      int forProposals,
      int proposedActions,
      int closedWithoutLessons,
      int tickets) {
    public static final Unlisted NONE = new Unlisted(0, 0, 0, 0, 0, 0);
  }
}
