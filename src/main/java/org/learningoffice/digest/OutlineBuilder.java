package org.learningoffice.digest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.learningoffice.digest.Digest.BalanceTrend;
import org.learningoffice.digest.Digest.MatrixCell;
import org.learningoffice.digest.Digest.RateRow;
import org.learningoffice.digest.Digest.WeekShare;
import org.learningoffice.digest.Outline.Bar;
import org.learningoffice.digest.Outline.Bars;
import org.learningoffice.digest.Outline.Block;
import org.learningoffice.digest.Outline.Entry;
import org.learningoffice.digest.Outline.Para;
import org.learningoffice.digest.Outline.Section;
import org.learningoffice.digest.Outline.Span;
import org.learningoffice.digest.Outline.Table;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/** Lays a {@link Digest} out as an {@link Outline}: which sections, in which order, saying what. */
final class OutlineBuilder {
  private static final DateTimeFormatter WINDOW_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private OutlineBuilder() {}

  /** Words of a lesson's title, and of its text, that a highlight in the top shows at most. */
  static final int HIGHLIGHT_WORDS = 20;

  static Outline outline(Digest d) {
    String title = Labels.title(d);
    List<Section> top = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    if (d.isEmpty()) {
      top.add(new Section("Summary", List.of(Para.of(Span.text(Labels.emptyWeek(d))))));
      sections.addAll(d.contributed());
      sections.add(dashboard(d));
      return new Outline(title, top, sections);
    }
    top.add(new Section("Summary", List.of(Para.of(Span.text(Labels.summary(d))))));
    add(
        top,
        "Highlights",
        d.highlights().stream().map(h -> (Block) highlight(h.lesson(), h.reason())).toList());
    d.focus()
        .filter(unit -> !d.focusLessons().isEmpty())
        .ifPresent(unit -> focus(sections, d, unit));
    if (d.totals().lessonsCaptured() > 0) {
      sections.add(new Section("Where the learning sits (unit × type)", List.of(matrix(d))));
    }
    add(sections, "Ambidexterity balance (exploration share)", balance(d));
    List<Block> rates = new ArrayList<>();
    if (!d.byStrategy().isEmpty()) {
      rates.add(rates("Delivery strategy", d.byStrategy(), Strategy::valueOf));
    }
    if (!d.byPriority().isEmpty()) {
      rates.add(rates("Priority class", d.byPriority(), PriorityClass::valueOf));
    }
    add(sections, "Lessons per closed order", rates);
    add(
        sections,
        "Between front and back office",
        more(entries(d.between()), d.unlisted().between()));
    add(
        sections,
        "Recurring themes",
        more(
            d.recurring().stream()
                .map(
                    t -> {
                      Entry e = entry(t.lesson(), Optional.empty());
                      List<Para> notes = new ArrayList<>(e.notes());
                      for (Digest.EarlierLesson earlier : t.earlier()) {
                        notes.add(
                            Para.of(
                                Span.text("Earlier: " + earlier.title() + " ("),
                                Span.link(earlier.order().issueKey(), earlier.order().url()),
                                Span.text(
                                    ", "
                                        + Labels.DAY.format(earlier.createdAt().atZone(d.zone()))
                                        + ")")));
                      }
                      return (Block) new Entry(e.heading(), e.body(), notes);
                    })
                .toList(),
            d.unlisted().recurring()));
    add(
        sections,
        "Proposals for orders to come",
        more(entries(d.forProposals()), d.unlisted().forProposals()));
    add(
        sections,
        "Proposed actions",
        more(
            d.proposedActions().stream()
                .map(
                    l ->
                        (Block)
                            Para.of(
                                Span.strong(l.proposedAction().orElse("")),
                                Span.text(" — " + l.title() + " ("),
                                Span.link(l.order().issueKey(), l.order().url()),
                                Span.text(")")))
                .toList(),
            d.unlisted().proposedActions()));
    add(sections, "Orders closed without lessons", closedWithoutLessons(d));
    sections.addAll(d.contributed());
    add(
        sections,
        "Tickets",
        more(
            d.tickets().stream()
                .map(
                    t ->
                        (Block)
                            Para.of(Span.link(t.issueKey(), t.url()), Span.text(" " + t.summary())))
                .toList(),
            d.unlisted().tickets()));
    sections.add(dashboard(d));
    return new Outline(title, top, sections);
  }

  /**
   * A unit recipient's first section: the unit's newest lessons, then the dashboard filtered to the
   * unit, where all of them are.
   */
  private static void focus(List<Section> sections, Digest d, Unit unit) {
    List<Block> blocks =
        new ArrayList<>(
            more(
                entries(d.focusLessons()),
                Math.max(0, unitLessons(d, unit) - d.focusLessons().size())));
    blocks.add(
        Para.of(
            Span.text("All the unit's lessons of " + d.week() + ": "),
            Span.link("open them on the dashboard", d.dashboard(unit))));
    sections.add(new Section(Labels.unit(unit) + " first", blocks));
  }

  /** The last section: the week on the office dashboard, with charts, filters and export. */
  private static Section dashboard(Digest d) {
    return new Section(
        "More on the dashboard",
        List.of(
            Para.of(
                Span.text("Charts, filters and every lesson of the week: "),
                Span.link("open " + d.week() + " on the dashboard", d.dashboard()))));
  }

  /** A highlight in the top: why, the title and the start of the text, in a few words each. */
  private static Para highlight(DigestLesson l, String reason) {
    return Para.of(
        Span.text(reason + ": "),
        Span.strong(Labels.words(l.title(), HIGHLIGHT_WORDS)),
        Span.text(" ("),
        Span.link(l.order().issueKey(), l.order().url()),
        Span.text(") — " + Labels.words(l.text(), HIGHLIGHT_WORDS)));
  }

  private static void add(List<Section> sections, String title, List<Block> blocks) {
    if (!blocks.isEmpty()) {
      sections.add(new Section(title, blocks));
    }
  }

  /**
   * The orders closed without lessons, then when they closed: those closed in the grace before the
   * week's end wait for the next week's digest, which the last line says.
   */
  private static List<Block> closedWithoutLessons(Digest d) {
    List<Block> blocks =
        new ArrayList<>(
            more(
                d.closedWithoutLessons().stream()
                    .map(
                        o ->
                            (Block)
                                Para.of(
                                    Span.link(o.order().issueKey(), o.order().url()),
                                    Span.text(" " + o.order().summary() + " — "),
                                    Span.link("add lessons", o.formUrl())))
                    .toList(),
                d.unlisted().closedWithoutLessons()));
    if (!blocks.isEmpty()) {
      Digest.Window window = d.closedWithoutLessonsWindow();
      blocks.add(
          Para.of(
              Span.text(
                  "Closed from "
                      + WINDOW_TIME.format(window.from().atZone(d.zone()))
                      + " to "
                      + WINDOW_TIME.format(window.until().atZone(d.zone()))
                      + "; orders closed since then are listed the week after, so that people"
                      + " have had time to write.")));
    }
    return blocks;
  }

  /** A capped section's blocks, then "and K more" when it left some out. */
  private static List<Block> more(List<Block> listed, int unlisted) {
    if (unlisted == 0) {
      return listed;
    }
    List<Block> blocks = new ArrayList<>(listed);
    blocks.add(
        Para.of(
            Span.text(
                "… and "
                    + unlisted
                    + " more this week (the newest "
                    + listed.size()
                    + " are listed)")));
    return blocks;
  }

  /** How many lessons the unit has this week, from the matrix. */
  private static int unitLessons(Digest d, Unit unit) {
    return d.matrix().stream().filter(c -> c.unit() == unit).mapToInt(MatrixCell::count).sum();
  }

  private static List<Block> entries(List<DigestLesson> lessons) {
    return lessons.stream().map(l -> (Block) entry(l, Optional.empty())).toList();
  }

  private static Entry entry(DigestLesson l, Optional<String> reason) {
    List<Span> heading = new ArrayList<>();
    reason.ifPresent(r -> heading.add(Span.text(r + ": ")));
    heading.add(Span.strong(l.title()));
    heading.add(Span.text(" ("));
    heading.add(Span.link(l.order().issueKey(), l.order().url()));
    heading.add(Span.text(")"));
    List<Para> notes = new ArrayList<>();
    notes.add(
        Para.of(
            Span.text(
                Labels.facets(l)
                    + l.stage().map(s -> " · " + Labels.value(s)).orElse("")
                    + " · "
                    + Labels.value(l.order().strategy())
                    + " · "
                    + Labels.value(l.order().priorityClass())
                    + " — "
                    + l.author())));
    l.proposedAction().ifPresent(a -> notes.add(Para.of(Span.text("Proposed action: " + a))));
    return new Entry(heading, l.text(), notes);
  }

  private static Block matrix(Digest d) {
    int max = d.matrix().stream().mapToInt(MatrixCell::count).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (MatrixCell cell : d.matrix()) {
      if (cell.count() == 0 && cell.previousAverage() == 0) {
        continue; // compact: a cell with nothing now or before says nothing
      }
      bars.add(
          new Bar(
              Labels.unit(cell.unit()) + " · " + Labels.type(cell.type()),
              max == 0 ? 0 : (double) cell.count() / max,
              cell.count()
                  + " ("
                  + Labels.signed(cell.change())
                  + " vs 4-week average "
                  + Labels.oneDecimal(cell.previousAverage())
                  + ")"));
    }
    return new Bars("Lessons this week", bars);
  }

  /**
   * One row per unit that had lessons in the trend's weeks (the others are left out): this week's
   * exploration share and the share over all the trend's weeks.
   */
  private static List<Block> balance(Digest d) {
    List<List<String>> rows = new ArrayList<>();
    for (BalanceTrend trend : d.balance()) {
      WeekShare now = trend.weeks().get(trend.weeks().size() - 1);
      int exploration = trend.weeks().stream().mapToInt(WeekShare::exploration).sum();
      int total = trend.weeks().stream().mapToInt(WeekShare::total).sum();
      rows.add(
          List.of(
              Labels.unit(trend.unit()),
              share(now.exploration(), now.total()),
              share(exploration, total)));
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Table(List.of("Unit", "This week", DigestBuilder.TREND_WEEKS + " weeks"), rows));
  }

  private static String share(int exploration, int total) {
    return total == 0
        ? "—"
        : Labels.percent((double) exploration / total) + " (" + exploration + "/" + total + ")";
  }

  /** The rows' groups are codes (EXPEDITED); {@code code} turns one back into its value. */
  private static Block rates(
      String group, List<RateRow> rows, Function<String, ? extends Enum<?>> code) {
    return new Table(
        List.of(group, "Orders", "Lessons", "Per order"),
        rows.stream()
            .map(
                r ->
                    List.of(
                        Labels.value(code.apply(r.group())),
                        Integer.toString(r.orders()),
                        Integer.toString(r.lessons()),
                        Labels.perOrder(r.perOrder())))
            .toList());
  }
}
