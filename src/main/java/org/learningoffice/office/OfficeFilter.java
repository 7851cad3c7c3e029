package org.learningoffice.office;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Labels;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.store.StorableText;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.web.HttpError;

/**
 * The lesson filters the office API and the dashboard share ({@code week, unit, type, strategy,
 * priority, stage, text}), read from query parameters; a malformed value is a 400 with its reason.
 */
record OfficeFilter(
    Optional<IsoWeek> week,
    Optional<Unit> unit,
    Optional<LessonType> type,
    Optional<Strategy> strategy,
    Optional<PriorityClass> priority,
    Optional<Stage> stage,
    Optional<String> text) {

  OfficeFilter {
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(text, "text");
  }

  /** Reads the filters from query parameters ({@code param} answers null when one is absent). */
  static OfficeFilter parse(UnaryOperator<String> param) {
    return new OfficeFilter(
        present(param.apply("week")).map(OfficeFilter::week),
        facet(param, "unit", Unit.class),
        facet(param, "type", LessonType.class),
        facet(param, "strategy", Strategy.class),
        facet(param, "priority", PriorityClass.class),
        facet(param, "stage", Stage.class),
        present(param.apply("text")).map(OfficeFilter::searchText));
  }

  /** Longest text searched for; a title is at most 120 characters. */
  static final int MAX_TEXT = 200;

  /** The searched text, or a 400 for one no lesson can hold (too long, control characters). */
  static String searchText(String text) {
    String stripped = text.strip();
    if (stripped.length() > MAX_TEXT || !StorableText.isPlainLine(stripped)) {
      throw HttpError.badRequest(
          "text must be at most " + MAX_TEXT + " characters, without control characters");
    }
    return stripped;
  }

  /** {@code 2026-W48}, or a 400 that says what a week looks like. */
  static IsoWeek week(String text) {
    return IsoWeek.parse(text)
        .orElseThrow(() -> HttpError.badRequest("week must be an ISO week such as 2026-W48"));
  }

  /** The same filters with the given week where none was asked for. */
  OfficeFilter orWeek(IsoWeek fallback) {
    return new OfficeFilter(
        Optional.of(week.orElse(fallback)), unit, type, strategy, priority, stage, text);
  }

  /** The same filters for one cell of the matrix: that week, unit and type. */
  OfficeFilter cell(IsoWeek cellWeek, Unit cellUnit, LessonType cellType) {
    return new OfficeFilter(
        Optional.of(cellWeek),
        Optional.of(cellUnit),
        Optional.of(cellType),
        strategy,
        priority,
        stage,
        text);
  }

  /**
   * The filters as a URL query, {@code week=2026-W48&unit=BACK_OFFICE&...}, in the order {@link
   * #parse} reads them, only those set, each value encoded; empty without filters.
   */
  String query() {
    StringJoiner query = new StringJoiner("&");
    add(query, "week", week.map(Object::toString));
    add(query, "unit", unit.map(Enum::name));
    add(query, "type", type.map(Enum::name));
    add(query, "strategy", strategy.map(Enum::name));
    add(query, "priority", priority.map(Enum::name));
    add(query, "stage", stage.map(Enum::name));
    add(query, "text", text);
    return query.toString();
  }

  private static void add(StringJoiner query, String name, Optional<String> value) {
    value.ifPresent(v -> query.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
  }

  /** The lesson search for these filters, with the week's bounds in {@code zone}. */
  LessonSearch.Filter search(ZoneId zone, int limit, int offset) {
    return new LessonSearch.Filter(
        week.map(w -> w.start(zone)),
        week.map(w -> w.end(zone)),
        unit,
        type,
        strategy,
        priority,
        stage,
        text,
        limit,
        offset);
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  private static <E extends Enum<E>> Optional<E> facet(
      UnaryOperator<String> param, String name, Class<E> type) {
    return present(param.apply(name))
        .map(
            v -> {
              String wanted = v.strip().replace('-', '_').toUpperCase(Locale.ROOT);
              for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                  return e;
                }
              }
              String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
              throw HttpError.badRequest(
                  name + " '" + shown + "' is not known; " + name + "= takes " + choices(type));
            });
  }

  /**
   * What a facet's parameter takes, as the URL spells it and, where they differ, as the dashboard
   * shows it: {@code FRONT_OFFICE (Front office), BACK_OFFICE (Back office) or BETWEEN (Between)}.
   */
  private static <E extends Enum<E>> String choices(Class<E> type) {
    List<String> choices = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String label = Labels.value(e);
      choices.add(label.equals(e.name()) ? e.name() : e.name() + " (" + label + ")");
    }
    int last = choices.size() - 1;
    return last == 0
        ? choices.get(0)
        : String.join(", ", choices.subList(0, last)) + " or " + choices.get(last);
  }
}
