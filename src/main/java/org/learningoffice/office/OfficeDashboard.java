package org.learningoffice.office;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.DigestBuilder;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.UnitTypeWeek;
import org.learningoffice.digest.WeekNumbers;
import org.learningoffice.lesson.LessonFigures;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.lesson.LessonWithOrder;

/**
 * What the office dashboard shows for a set of filters: the week's numbers, the unit × type counts
 * of the weeks up to it (the matrix is the last), the lessons per closed order by group, the
 * recurring themes, the newest matching lessons, capped at {@link #LISTED}, and the open actions,
 * oldest first. Everything but the week's numbers and the open actions follows every filter. One
 * page load makes nine queries, each an aggregate or a capped list over an index
 * (docs/architecture.md).
 */
public final class OfficeDashboard {
  /** Lessons listed at most; past that the page asks for narrower filters. */
  static final int LISTED = 100;

  /** Weeks in the charts, the selected one included. */
  static final int CHART_WEEKS = 12;

  /** Recurrent lessons of the week read at most to group into themes. */
  static final int RECURRENT_READ = 50;

  /** Open actions listed at most, the oldest first. */
  static final int OPEN_ACTIONS = 20;

  private final LessonSearch search;
  private final LessonFigures figures;
  private final DigestBuilder digest;
  private final Clock clock;
  private final ZoneId zone;
  private final FedForwardCounts fedForward;
  private final OpenActions openActions;

  @Inject
  OfficeDashboard(
      LessonSearch search,
      LessonFigures figures,
      DigestBuilder digest,
      Clock clock,
      DigestConfig config,
      FedForwardCounts fedForward,
      OpenActions openActions) {
    this.search = search;
    this.figures = figures;
    this.digest = digest;
    this.clock = clock;
    this.zone = config.zone();
    this.fedForward = fedForward;
    this.openActions = openActions;
  }

  /** The dashboard for the filters; without a week, the current one in {@code digest.zone}. */
  OfficeView view(OfficeFilter asked) {
    OfficeFilter filter = asked.orWeek(IsoWeek.of(clock.instant().atZone(zone).toLocalDate()));
    IsoWeek week = filter.week().orElseThrow();
    LessonSearch.Filter lessons = filter.search(zone, LISTED + 1, 0);
    IsoWeek first = week.minus(CHART_WEEKS - 1);
    List<UnitTypeWeek> weeks =
        UnitTypeWeek.series(
            week, CHART_WEEKS, zone, bounds -> figures.unitTypeCounts(lessons, bounds));
    // one more than listed tells whether there are more
    List<LessonWithOrder> found = search.find(lessons);
    boolean more = found.size() > LISTED;
    return new OfficeView(
        filter,
        week,
        digest.numbers(week),
        weeks,
        figures.perClosedOrder(lessons, first.start(zone), week.end(zone)),
        figures.recurrent(lessons, RECURRENT_READ),
        more ? found.subList(0, LISTED) : found,
        more,
        fedForward.between(week.start(zone), week.end(zone)),
        openActions.oldestFirst(OPEN_ACTIONS),
        clock.instant());
  }

  /** The dashboard's content: filters as applied, numbers, counts and the lessons listed. */
  record OfficeView(
      OfficeFilter filter,
      IsoWeek week,
      WeekNumbers numbers,
      List<UnitTypeWeek> weeks,
      List<LessonFigures.OrderGroup> perOrder,
      LessonFigures.Recurrent recurrent,
      List<LessonWithOrder> lessons,
      boolean more,
      FedForwardCounts.Counts fedForward,
      OpenActions.Open openActions,
      Instant now) {
    OfficeView {
      weeks = List.copyOf(weeks);
      perOrder = List.copyOf(perOrder);
      lessons = List.copyOf(lessons);
    }

    /** The selected week's counts (the matrix). */
    UnitTypeWeek matrix() {
      return weeks.get(weeks.size() - 1);
    }
  }
}
