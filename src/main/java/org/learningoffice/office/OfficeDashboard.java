package org.learningoffice.office;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.DigestBuilder;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.UnitTypeWeek;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.lesson.LessonWithOrder;

/**
 * What the office dashboard shows for a set of filters: the week's unit × type matrix, the trend of
 * the weeks up to it, the newest matching lessons, capped at {@link #LISTED}, and the open actions,
 * oldest first.
 */
public final class OfficeDashboard {
  /** Lessons listed at most; past that the page asks for narrower filters. */
  static final int LISTED = 100;

  /** Open actions listed at most, the oldest first. */
  static final int OPEN_ACTIONS = 20;

  /** Weeks in the trend, the selected one included. */
  static final int TREND_WEEKS = 8;

  private final LessonSearch search;
  private final DigestBuilder counts;
  private final Clock clock;
  private final ZoneId zone;
  private final FedForwardCounts fedForward;
  private final OpenActions openActions;

  @Inject
  OfficeDashboard(
      LessonSearch search,
      DigestBuilder counts,
      Clock clock,
      DigestConfig config,
      FedForwardCounts fedForward,
      OpenActions openActions) {
    this(search, counts, clock, config.zone(), fedForward, openActions);
  }

  public OfficeDashboard(LessonSearch search, DigestBuilder counts, Clock clock, ZoneId zone) {
    this(
        search,
        counts,
        clock,
        zone,
        (from, to) -> new FedForwardCounts.Counts(0, 0),
        limit -> List.of());
  }

  private OfficeDashboard(
      LessonSearch search,
      DigestBuilder counts,
      Clock clock,
      ZoneId zone,
      FedForwardCounts fedForward,
      OpenActions openActions) {
    this.search = search;
    this.counts = counts;
    this.clock = clock;
    this.zone = zone;
    this.fedForward = fedForward;
    this.openActions = openActions;
  }

  /** The dashboard for the filters; without a week, the current one in {@code digest.zone}. */
  OfficeView view(OfficeFilter asked) {
    OfficeFilter filter = asked.orWeek(IsoWeek.of(clock.instant().atZone(zone).toLocalDate()));
    IsoWeek week = filter.week().orElseThrow();
    List<UnitTypeWeek> trend = counts.unitTypeWeeks(week, TREND_WEEKS);
    // one more than listed tells whether there are more
    List<LessonWithOrder> found = search.find(filter.search(zone, LISTED + 1, 0));
    boolean more = found.size() > LISTED;
    return new OfficeView(
        filter,
        week,
        trend.get(trend.size() - 1),
        trend,
        more ? found.subList(0, LISTED) : found,
        more,
        fedForward.between(week.start(zone), week.end(zone)),
        openActions.oldestFirst(OPEN_ACTIONS),
        clock.instant());
  }

  /** The dashboard's content: filters as applied, counts and the lessons listed. */
  record OfficeView(
      OfficeFilter filter,
      IsoWeek week,
      UnitTypeWeek matrix,
      List<UnitTypeWeek> trend,
      List<LessonWithOrder> lessons,
      boolean more,
      FedForwardCounts.Counts fedForward,
      List<OpenActions.Row> openActions,
      java.time.Instant now) {
    OfficeView {
      trend = List.copyOf(trend);
      lessons = List.copyOf(lessons);
      openActions = List.copyOf(openActions);
    }
  }
}
