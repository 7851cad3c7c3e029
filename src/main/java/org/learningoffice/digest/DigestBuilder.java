package org.learningoffice.digest;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.Digest.Highlight;
import org.learningoffice.digest.Digest.Unlisted;
import org.learningoffice.lesson.DigestQueries;
import org.learningoffice.lesson.DigestQueries.ClosedOrder;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/** Builds a week's {@link Digest} from the store alone (no Jira calls). */
public final class DigestBuilder {
  /** Weeks before this one that the matrix compares with. */
  static final int MATRIX_BASELINE_WEEKS = 4;

  /** Weeks shown in the exploration-share trend, this one included. */
  static final int TREND_WEEKS = 8;

  /** Earlier occurrences shown per recurring theme. */
  static final int EARLIER_PER_THEME = 3;

  /** Highlights picked per week. */
  static final int HIGHLIGHTS = 3;

  /**
   * Lessons a section lists at most (the newest); the rest are counted ("and K more"): an e-mail
   * cannot usefully show thousands.
   */
  public static final int LISTED_PER_SECTION = 50;

  /** Tickets the ticket index lists at most (the newest orders); the rest are counted. */
  public static final int TICKETS_LISTED = 200;

  // the sections' rules, in SQL over l (the lesson) and o (its order)
  private static final String BETWEEN = "l.unit = 'BETWEEN'";
  private static final String FOR_PROPOSAL = "l.direction = 'FOR'";
  private static final String PROPOSED_ACTION = "l.proposed_action IS NOT NULL";
  private static final String REAL_TIME = "l.timing = 'REAL_TIME'";
  private static final String RECURRING = "l.recurrence = 'RECURRENT'";

  private final Database database;
  private final Clock clock;
  private final ZoneId zone;
  private final TicketLinks links;
  private final DigestRows rows;
  private final List<DigestContribution> contributions;

  private final int listedPerSection;
  private final Duration grace;

  @Inject
  DigestBuilder(
      Database database,
      Clock clock,
      DigestConfig config,
      TicketLinks links,
      Set<DigestContribution> contributions) {
    this(
        database,
        clock,
        config.zone(),
        links,
        LISTED_PER_SECTION,
        config.closedWithoutLessonsGrace(),
        contributions);
  }

  DigestBuilder(
      Database database,
      Clock clock,
      ZoneId zone,
      TicketLinks links,
      int listedPerSection,
      Duration grace,
      Set<DigestContribution> contributions) {
    // a set has no order: by class name, so the digest's sections stay put from week to week
    this.contributions =
        contributions.stream().sorted(Comparator.comparing(c -> c.getClass().getName())).toList();
    this.listedPerSection = listedPerSection;
    this.grace = grace;
    this.database = database;
    this.clock = clock;
    this.zone = zone;
    this.links = links;
    this.rows = new DigestRows(links);
  }

  /** The digest of a week for everyone (no unit first). */
  public Digest build(IsoWeek week) {
    // other features' sections read the store on connections of their own: before the digest's
    // transaction rather than inside it, so one digest never holds two connections at once
    List<Outline.Section> contributed = contributed(week);
    return database.jdbi().inTransaction(h -> build(week, new DigestQueries(h), contributed));
  }

  /** Lessons per unit and type in each of the {@code weeks} weeks that end with {@code last}. */
  private Digest build(IsoWeek week, DigestQueries queries, List<Outline.Section> contributed) {
    Instant start = week.start(zone);
    Instant end = week.end(zone);
    List<ClosedOrder> closed = queries.closedOrders(start, end);
    // counts come from SQL; only the lessons a section lists are read in full
    Map<IsoWeek, Map<Unit, Map<LessonType, Integer>>> history = new TreeMap<>();
    for (UnitTypeWeek counted :
        UnitTypeWeek.series(week, TREND_WEEKS, zone, queries::unitTypeCounts)) {
      history.put(counted.week(), counted.counts());
    }
    int captured = WeekFigures.total(history.get(week));
    List<Integer> counts =
        queries.counts(
            List.of(BETWEEN, RECURRING, FOR_PROPOSAL, PROPOSED_ACTION, REAL_TIME), start, end);
    Capped<DigestLesson> between = section(queries, BETWEEN, counts.get(0), start, end);
    Capped<DigestLesson> recurring = section(queries, RECURRING, counts.get(1), start, end);
    Capped<DigestLesson> forProposals = section(queries, FOR_PROPOSAL, counts.get(2), start, end);
    Capped<DigestLesson> proposedActions =
        section(queries, PROPOSED_ACTION, counts.get(3), start, end);
    int realTime = counts.get(4);
    Digest.Window window = withoutLessonsWindow(week);
    Capped<OrderLink> withoutLessons = closedWithoutLessons(queries, window);
    Capped<OrderRef> tickets = tickets(queries, closed, start, end);
    return new Digest(
        week,
        zone,
        clock.instant(),
        Optional.empty(),
        WeekFigures.totals(closed, captured, realTime),
        WeekFigures.matrix(week, history),
        WeekFigures.balance(history),
        WeekFigures.rates(closed, ClosedOrder::strategy, Strategy.values()),
        WeekFigures.rates(closed, ClosedOrder::priorityClass, PriorityClass.values()),
        List.of(),
        between.listed(),
        rows.recurring(
            recurring.listed(),
            queries.similarTo(recurring.listed().stream().map(DigestLesson::id).toList())),
        forProposals.listed(),
        proposedActions.listed(),
        withoutLessons.listed(),
        window,
        highlights(queries, start, end),
        tickets.listed(),
        new Unlisted(
            between.unlisted(),
            recurring.unlisted(),
            forProposals.unlisted(),
            proposedActions.unlisted(),
            withoutLessons.unlisted(),
            tickets.unlisted()),
        contributed,
        links.dashboard(week));
  }

  private List<Outline.Section> contributed(IsoWeek week) {
    List<Outline.Section> sections = new ArrayList<>();
    for (DigestContribution c : contributions) {
      c.sections(week, zone).stream().filter(s -> !s.blocks().isEmpty()).forEach(sections::add);
    }
    return sections;
  }

  /**
   * Whether nothing happened in the week: no order closed, no lesson captured, and no order closed
   * in the last days of the week before waits without lessons to be listed (what {@code
   * digest.skipEmptyWeeks} sends nothing for). A few counts, cheap enough for every scheduler
   * check.
   */
  public boolean isEmptyWeek(IsoWeek week) {
    Instant start = week.start(zone);
    Instant end = week.end(zone);
    return database
        .jdbi()
        .withHandle(
            h -> {
              DigestQueries queries = new DigestQueries(h);
              Digest.Window window = withoutLessonsWindow(week);
              return queries.counts(List.of("1 = 1"), start, end).get(0) == 0
                  && queries.closedOrders(start, end).isEmpty()
                  && queries.closedOrders(window.from(), window.until()).stream()
                      .noneMatch(o -> o.lessons() == 0);
            });
  }

  /**
   * The week's numbers (orders closed, lessons, capture rate, median time to the first lesson) and
   * the orders closed without lessons with their forms (of the grace-shifted window), counted as
   * the digest counts them: three queries.
   */
  public WeekNumbers numbers(IsoWeek week) {
    Instant start = week.start(zone);
    Instant end = week.end(zone);
    return database
        .jdbi()
        .withHandle(
            h -> {
              DigestQueries queries = new DigestQueries(h);
              List<ClosedOrder> closed = queries.closedOrders(start, end);
              List<Integer> counts = queries.counts(List.of("1 = 1", REAL_TIME), start, end);
              Capped<OrderLink> without = closedWithoutLessons(queries, withoutLessonsWindow(week));
              return new WeekNumbers(
                  WeekFigures.totals(closed, counts.get(0), counts.get(1)),
                  without.listed(),
                  without.unlisted());
            });
  }

  /** What a capped section lists and how many it leaves out. */
  private record Capped<T>(List<T> listed, int unlisted) {}

  /** A lesson section: its newest lessons, in capture order, of the {@code matching} ones. */
  private Capped<DigestLesson> section(
      DigestQueries queries, String condition, int matching, Instant start, Instant end) {
    List<DigestLesson> listed =
        matching == 0
            ? List.of()
            : queries.newest(condition, listedPerSection, start, end).stream()
                .map(rows::lesson)
                .toList();
    // the count and the list are two reads: a lesson stored between them must not make it negative
    return new Capped<>(listed, Math.max(0, matching - listed.size()));
  }

  /**
   * When the orders the week lists as closed without lessons closed: the week shifted back by the
   * grace, so that an order closed in its last days is listed the week after, once people had time
   * to write, and every order falls in exactly one week's window.
   */
  private Digest.Window withoutLessonsWindow(IsoWeek week) {
    return new Digest.Window(week.start(zone).minus(grace), week.end(zone).minus(grace));
  }

  /** The orders closed without lessons, the ones that closed last, with their forms. */
  private Capped<OrderLink> closedWithoutLessons(DigestQueries queries, Digest.Window window) {
    List<OrderLink> all =
        queries.closedOrders(window.from(), window.until()).stream()
            .filter(o -> o.lessons() == 0)
            .map(o -> new OrderLink(rows.order(o), links.form(o.issueId())))
            .toList();
    int from = Math.max(0, all.size() - listedPerSection);
    return new Capped<>(all.subList(from, all.size()), from);
  }

  /**
   * The ticket index: every order that closed in the week or got a lesson in it, the newest {@link
   * #TICKETS_LISTED} (by when they were first stored) listed in that order.
   */
  private Capped<OrderRef> tickets(
      DigestQueries queries, List<ClosedOrder> closed, Instant start, Instant end) {
    Set<Long> ids = new TreeSet<>(Comparator.reverseOrder());
    ids.addAll(queries.ordersWithLessons(start, end));
    closed.forEach(o -> ids.add(o.id()));
    List<OrderRef> listed =
        queries.orders(ids.stream().limit(TICKETS_LISTED).toList()).stream()
            .map(rows::order)
            .toList();
    return new Capped<>(listed, ids.size() - listed.size());
  }

  /**
   * Each unit's newest lessons of the week (at most {@link #LISTED_PER_SECTION}), in capture order,
   * for the unit views of recipients.
   */
  public Map<Unit, List<DigestLesson>> unitLessons(IsoWeek week) {
    Instant start = week.start(zone);
    Instant end = week.end(zone);
    return database
        .jdbi()
        .withHandle(
            h -> {
              DigestQueries queries = new DigestQueries(h);
              Map<Unit, List<DigestLesson>> byUnit = new java.util.EnumMap<>(Unit.class);
              for (Unit unit : Unit.values()) {
                byUnit.put(
                    unit,
                    queries
                        .newest("l.unit = '" + unit.name() + "'", listedPerSection, start, end)
                        .stream()
                        .map(rows::lesson)
                        .toList());
              }
              return byUnit;
            });
  }

  /**
   * The stated highlight rules, in order, each picking the week's first lesson it matches (a lesson
   * is highlighted once): an expedited order, the interface between front and back office, an
   * exploration, a proposal for orders to come.
   */
  private List<Highlight> highlights(DigestQueries queries, Instant start, Instant end) {
    Map<String, String> rules = new LinkedHashMap<>();
    rules.put("Expedited order", "o.priority_class = 'EXPEDITED'");
    rules.put("Between front and back office", BETWEEN);
    rules.put("Exploration: something new was tried", "l.lesson_type = 'EXPLORATION'");
    rules.put("Prepared for orders to come", FOR_PROPOSAL);
    List<Highlight> picked = new ArrayList<>();
    Set<Long> used = new LinkedHashSet<>();
    rules.forEach(
        (reason, rule) -> {
          if (picked.size() < HIGHLIGHTS) {
            queries
                .first(rule, used, start, end)
                .map(rows::lesson)
                .ifPresent(
                    l -> {
                      used.add(l.id());
                      picked.add(new Highlight(reason, l));
                    });
          }
        });
    return picked;
  }
}
