package org.learningoffice.office;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Labels;
import org.learningoffice.digest.UnitTypeWeek;
import org.learningoffice.lesson.LessonFigures.OrderGroup;
import org.learningoffice.office.OfficeDashboard.OfficeView;
import org.learningoffice.office.SvgChart.Bar;
import org.learningoffice.office.SvgChart.Segment;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/**
 * The dashboard's four charts from what it counted, each as SVG with its title and the same numbers
 * as a table (the text fallback): unit × type per week, the exploration share per unit, and lessons
 * per closed order by strategy and by priority class.
 */
final class DashboardCharts {
  /** A legend entry: the colour class index and what it stands for. */
  record Key(int series, String label) {}

  /** A chart: its SVG (every text escaped by {@link SvgChart}), legend and fallback table. */
  record Chart(
      String id,
      String heading,
      String svg,
      List<Key> legend,
      List<String> headers,
      List<List<String>> rows) {
    Chart {
      legend = List.copyOf(legend);
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** Colour of a unit and type: two shades per unit, exploration the lighter. */
  static int series(Unit unit, LessonType type) {
    return unit.ordinal() * LessonType.values().length + type.ordinal();
  }

  private static final int STRATEGY_SERIES = 6;
  private static final int PRIORITY_SERIES = 7;

  private DashboardCharts() {}

  static List<Chart> of(OfficeView view) {
    List<UnitTypeWeek> weeks = view.weeks();
    String span = weeks.get(0).week() + " – " + view.week();
    return List.of(
        unitTypeWeeks(weeks, span),
        explorationShare(weeks, span),
        perOrder(
            "chart-per-order-strategy",
            "Lessons per closed order by strategy, " + span,
            "Strategy",
            Strategy.values(),
            view.perOrder(),
            OrderGroup::strategy,
            STRATEGY_SERIES),
        perOrder(
            "chart-per-order-priority",
            "Lessons per closed order by priority class, " + span,
            "Priority class",
            PriorityClass.values(),
            view.perOrder(),
            OrderGroup::priorityClass,
            PRIORITY_SERIES));
  }

  private static Chart unitTypeWeeks(List<UnitTypeWeek> weeks, String span) {
    List<Key> legend = new ArrayList<>();
    List<String> headers = new ArrayList<>(List.of("Week"));
    for (Unit unit : Unit.values()) {
      for (LessonType type : LessonType.values()) {
        String label = Labels.unit(unit) + " · " + Labels.type(type);
        legend.add(new Key(series(unit, type), label));
        headers.add(label);
      }
    }
    headers.add("Total");
    List<Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (UnitTypeWeek week : weeks) {
      List<Segment> segments = new ArrayList<>();
      List<String> row = new ArrayList<>(List.of(week.week().toString()));
      for (Unit unit : Unit.values()) {
        for (LessonType type : LessonType.values()) {
          int n = week.count(unit, type);
          segments.add(
              new Segment(
                  series(unit, type),
                  n,
                  week.week() + " · " + Labels.unit(unit) + " · " + Labels.type(type) + ": " + n));
          row.add(Integer.toString(n));
        }
      }
      row.add(Integer.toString(week.total()));
      bars.add(new Bar(shortWeek(week.week()), segments));
      rows.add(row);
    }
    String heading = "Lessons per week by unit and type, " + span;
    return new Chart(
        "chart-unit-type",
        heading,
        SvgChart.columns("chart-unit-type-svg", heading, bars),
        legend,
        headers,
        rows);
  }

  private static Chart explorationShare(List<UnitTypeWeek> weeks, String span) {
    Map<Unit, int[]> sums = new EnumMap<>(Unit.class);
    for (Unit unit : Unit.values()) {
      int[] s = new int[2];
      for (UnitTypeWeek week : weeks) {
        s[0] += week.count(unit, LessonType.EXPLORATION);
        s[1] +=
            week.count(unit, LessonType.EXPLORATION) + week.count(unit, LessonType.EXPLOITATION);
      }
      sums.put(unit, s);
    }
    List<Bar> bars = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<Key> legend = new ArrayList<>();
    for (Unit unit : Unit.values()) {
      int[] s = sums.get(unit);
      double share = s[1] == 0 ? 0 : (double) s[0] / s[1];
      String text = s[1] == 0 ? "no lessons" : Labels.percent(share);
      int series = series(unit, LessonType.EXPLORATION);
      legend.add(new Key(series, Labels.unit(unit) + " · " + Labels.type(LessonType.EXPLORATION)));
      bars.add(
          new Bar(
              Labels.unit(unit),
              List.of(
                  new Segment(
                      series,
                      share,
                      Labels.unit(unit) + ": " + s[0] + " of " + s[1] + " lessons explore"))));
      shown.add(text);
      rows.add(List.of(Labels.unit(unit), Integer.toString(s[0]), Integer.toString(s[1]), text));
    }
    String heading = "Ambidexterity balance: exploration share per unit, " + span;
    return new Chart(
        "chart-exploration",
        heading,
        SvgChart.rows("chart-exploration-svg", heading, bars, 1, shown),
        legend,
        List.of("Unit", "Exploration", "All lessons", "Share"),
        rows);
  }

  private static <E extends Enum<E>> Chart perOrder(
      String id,
      String heading,
      String groupHeading,
      E[] groups,
      List<OrderGroup> counted,
      Function<OrderGroup, E> group,
      int series) {
    Map<E, int[]> sums = new java.util.LinkedHashMap<>();
    for (E g : groups) {
      sums.put(g, new int[2]);
    }
    for (OrderGroup c : counted) {
      int[] s = sums.get(group.apply(c));
      s[0] += c.orders();
      s[1] += c.lessons();
    }
    List<Bar> bars = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    sums.forEach(
        (g, s) -> {
          String label = Labels.value(g);
          double rate = s[0] == 0 ? 0 : (double) s[1] / s[0];
          String text = s[0] == 0 ? "no orders" : Labels.perOrder(rate);
          bars.add(
              new Bar(
                  label,
                  List.of(
                      new Segment(
                          series,
                          rate,
                          label + ": " + s[1] + " lessons on " + s[0] + " closed orders"))));
          shown.add(text);
          rows.add(List.of(label, Integer.toString(s[0]), Integer.toString(s[1]), text));
        });
    return new Chart(
        id,
        heading,
        SvgChart.rows(id + "-svg", heading, bars, 1, shown),
        List.of(),
        List.of(groupHeading, "Closed orders", "Lessons", "Per order"),
        rows);
  }

  /** 2026-W49 → W49. */
  private static String shortWeek(IsoWeek week) {
    return String.format("W%02d", week.week());
  }
}
