package org.learningoffice.office;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.Digest.Totals;
import org.learningoffice.digest.DigestLesson;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Labels;
import org.learningoffice.digest.TicketLinks;
import org.learningoffice.digest.UnitTypeWeek;
import org.learningoffice.digest.WeekNumbers;
import org.learningoffice.digest.YearAgoLesson;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.office.OfficeDashboard.OfficeView;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.web.HtmlTemplates;

/**
 * Renders the office dashboard's pages with Pebble ({@code templates/office/*.peb}); autoescaping
 * is on, so lesson text and the echoed search are HTML-escaped. Models hold plain strings only.
 */
public final class OfficePages {
  private static final int EXCERPT_CHARS = 280;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private final HtmlTemplates templates;
  private final TicketLinks links;
  private final ZoneId zone;

  @Inject
  OfficePages(TicketLinks links, DigestConfig config) {
    this(links, config.zone());
  }

  public OfficePages(TicketLinks links, ZoneId zone) {
    this.templates = new HtmlTemplates("templates/office");
    this.links = links;
    this.zone = zone;
  }

  /**
   * The dashboard: filters, the week's numbers, charts, matrix, recurring themes, what the facets
   * mean, lessons, and the lesson of a year before.
   */
  String dashboard(OfficeView view, Optional<YearAgoLesson.Pick> yearAgo) {
    OfficeFilter f = view.filter();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("week", view.week().toString());
    model.put("fedForward", view.fedForward().fedForward());
    model.put("fedForwardHelped", view.fedForward().helped());
    model.put(
        "weekDays",
        Labels.DAY.format(view.week().monday()) + " – " + Labels.DAY.format(view.week().sunday()));
    model.put("text", f.text().orElse(""));
    model.put("exportCsv", ExportLinks.of(f, "csv"));
    model.put("exportJson", ExportLinks.of(f, "json"));
    model.put(
        "selects",
        List.of(
            select("unit", "Unit", Unit.values(), f.unit()),
            select("type", "Type", LessonType.values(), f.type()),
            select("strategy", "Strategy", Strategy.values(), f.strategy()),
            select("priority", "Priority", PriorityClass.values(), f.priority()),
            select("stage", "Stage", Stage.values(), f.stage())));
    model.put("applied", applied(f));
    model.putAll(numbers(view.numbers()));
    model.put(
        "types",
        List.of(Labels.type(LessonType.EXPLOITATION), Labels.type(LessonType.EXPLORATION)));
    model.put("matrix", matrix(view.matrix(), f));
    model.put("matrixTotal", view.matrix().total());
    model.put("columnTotals", columnTotals(view.matrix()));
    model.put("charts", DashboardCharts.of(view).stream().map(OfficePages::chart).toList());
    model.put("themes", RecurringThemes.of(view.recurrent()).stream().map(this::theme).toList());
    model.put("themesMore", view.recurrent().more());
    model.put("lessons", view.lessons().stream().map(this::lesson).toList());
    model.put("more", view.more());
    yearAgo.ifPresent(pick -> model.put("yearAgo", yearAgoModel(pick)));
    model.put(
        "openActions",
        view.openActions().listed().stream().map(a -> openAction(a, view.now())).toList());
    model.put("openActionsTotal", view.openActions().total());
    return templates.render("dashboard", model);
  }

  private Map<String, Object> openAction(OpenActions.Row action, java.time.Instant now) {
    long days = Math.max(0, java.time.Duration.between(action.since(), now).toDays());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", action.actionId());
    model.put("lessonTitle", action.lessonTitle());
    model.put("orderKey", action.orderKey());
    model.put("orderUrl", links.ticket(action.orderKey()).toString());
    model.put("age", days == 1 ? "1 day" : days + " days");
    model.put("assignee", action.assignee().orElse("nobody"));
    model.put("status", action.status().orElse(""));
    model.put("issueKey", action.issueKey().orElse(""));
    model.put("issueUrl", action.issueKey().map(k -> links.ticket(k).toString()).orElse(""));
    return model;
  }

  /** The login form, with a message after a failed attempt, that leads to {@code next}. */
  String login(String message, LoginReturn next) {
    return templates.render("login", Map.of("message", message, "next", next.field()));
  }

  /** A page that says why the request cannot be served, for someone who may see the dashboard. */
  public String problem(String heading, String reason) {
    return templates.render(
        "problem", Map.of("heading", heading, "reason", reason, "refused", false, "loginUrl", ""));
  }

  /**
   * A refusal (not logged in, login refused): it links the login page only, since the dashboard
   * would refuse again.
   */
  public String refusal(String heading, String reason) {
    return refusal(heading, reason, LoginReturn.DASHBOARD);
  }

  /** A refusal whose login link leads back to {@code next} once logged in. */
  String refusal(String heading, String reason, LoginReturn next) {
    return templates.render(
        "problem",
        Map.of("heading", heading, "reason", reason, "refused", true, "loginUrl", next.loginUrl()));
  }

  private static List<Map<String, Object>> matrix(UnitTypeWeek week, OfficeFilter filter) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Unit unit : Unit.values()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      int total = 0;
      for (LessonType type : LessonType.values()) {
        int n = week.count(unit, type);
        total += n;
        cells.add(
            Map.of(
                "count",
                n,
                "id",
                "cell-" + unit.name() + "-" + type.name(),
                "href",
                href(filter, week.week(), unit, type)));
      }
      rows.add(Map.of("unit", Labels.unit(unit), "cells", cells, "total", total));
    }
    return rows;
  }

  private static List<Integer> columnTotals(UnitTypeWeek week) {
    List<Integer> totals = new ArrayList<>();
    for (LessonType type : LessonType.values()) {
      int n = 0;
      for (Unit unit : Unit.values()) {
        n += week.count(unit, type);
      }
      totals.add(n);
    }
    return totals;
  }

  /** The filters other than the week, in words, or empty when none is set. */
  private static String applied(OfficeFilter f) {
    List<String> parts = new ArrayList<>();
    f.unit().ifPresent(v -> parts.add("unit " + Labels.unit(v)));
    f.type().ifPresent(v -> parts.add("type " + Labels.type(v)));
    f.strategy().ifPresent(v -> parts.add("strategy " + v.name()));
    f.priority().ifPresent(v -> parts.add("priority " + Labels.value(v)));
    f.stage().ifPresent(v -> parts.add("stage " + Labels.value(v)));
    f.text().ifPresent(v -> parts.add("text “" + v + "”"));
    return String.join(", ", parts);
  }

  private Map<String, Object> numbers(WeekNumbers numbers) {
    Totals t = numbers.totals();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("ordersClosed", t.ordersClosed());
    model.put("lessonsCaptured", t.lessonsCaptured());
    model.put(
        "captureRate",
        t.ordersClosed() == 0
            ? "—"
            : Labels.percent(t.captureRate())
                + " ("
                + t.closedOrdersWithLessons()
                + " of "
                + t.ordersClosed()
                + ")");
    model.put("medianToFirst", t.medianTimeToFirstLesson().map(Labels::duration).orElse("—"));
    model.put(
        "withoutLessons",
        numbers.closedWithoutLessons().stream()
            .map(
                o ->
                    Map.of(
                        "issueKey", o.order().issueKey(),
                        "summary", o.order().summary(),
                        "ticketUrl", o.order().url().toString(),
                        "formUrl", o.formUrl().toString()))
            .toList());
    model.put("withoutLessonsUnlisted", numbers.unlisted());
    return model;
  }

  private static Map<String, Object> chart(DashboardCharts.Chart c) {
    return Map.of(
        "id", c.id(),
        "heading", c.heading(),
        "svg", c.svg(),
        "legend", c.legend(),
        "headers", c.headers(),
        "rows", c.rows());
  }

  private Map<String, Object> theme(RecurringThemes.Theme t) {
    return Map.of(
        "title",
        t.title(),
        "count",
        t.lessons().size(),
        "lessons",
        t.lessons(),
        "orders",
        t.issueKeys().stream()
            .map(k -> Map.of("issueKey", k, "ticketUrl", links.ticket(k).toString()))
            .toList());
  }

  private Map<String, Object> lesson(LessonWithOrder found) {
    Lesson l = found.lesson();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", l.title());
    model.put("excerpt", excerpt(l.text()));
    model.put("date", DAY.format(l.createdAt().atZone(zone)));
    model.put(
        "facets",
        Labels.unit(l.unit().value())
            + " · "
            + Labels.type(l.type().value())
            + " · "
            + (l.direction().value().name().equals("FOR") ? "for orders" : "from orders"));
    model.put("issueKey", found.issueKey());
    model.put("ticketUrl", links.ticket(found.issueKey()).toString());
    model.put("stage", l.stage().map(Labels::value).orElse("—"));
    model.put("strategy", found.strategy().name());
    model.put("priority", Labels.value(found.priorityClass()));
    return model;
  }

  /** The dashboard's "One year ago this week": the lesson {@link YearAgoLesson} picked. */
  private Map<String, Object> yearAgoModel(YearAgoLesson.Pick pick) {
    DigestLesson l = pick.lesson();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("week", pick.week().toString());
    model.put("title", l.title());
    model.put("excerpt", excerpt(l.text()));
    model.put("date", DAY.format(l.createdAt().atZone(zone)));
    model.put("facets", Labels.unit(l.unit()) + " · " + Labels.type(l.type()));
    model.put("issueKey", l.order().issueKey());
    model.put("ticketUrl", l.order().url().toString());
    model.put("reason", pick.reason());
    return model;
  }

  private static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= EXCERPT_CHARS) {
      return flat;
    }
    int cut = EXCERPT_CHARS;
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--;
    }
    return flat.substring(0, cut) + "…";
  }

  private static <E extends Enum<E>> Map<String, Object> select(
      String name, String heading, E[] values, Optional<E> chosen) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (E value : values) {
      options.add(
          Map.of(
              "value", value.name(),
              "label", Labels.value(value),
              "selected", chosen.map(value::equals).orElse(false)));
    }
    return Map.of("name", name, "heading", heading, "options", options);
  }

  /** The list of one matrix cell: the cell's unit and type, the other filters kept. */
  private static String href(OfficeFilter f, IsoWeek week, Unit unit, LessonType type) {
    return "/office?" + f.cell(week, unit, type).query();
  }
}
