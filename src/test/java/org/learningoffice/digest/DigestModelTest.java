package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningoffice.digest.DigestFixtures.WEEK;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.Digest.MatrixCell;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class DigestModelTest {
  // 2026-W48 runs from Monday 23 Nov to Sunday 29 Nov 2026 in Europe/Stockholm (UTC+1).
  private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant WEEK_BEFORE = Instant.parse("2026-11-17T10:00:00Z");

  private final TestDatabase.Kind kind;
  private TestDatabase db;
  private TestApp app;
  private Seed seed;

  DigestModelTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void open() {
    db = TestDatabase.open(kind);
    app = DigestFixtures.app().database(db).build();
    seed = new Seed(app.database());
  }

  @AfterEach
  void close() throws Exception {
    Closing.all(app, db);
  }

  private Digest build() {
    return app.get(DigestService.class).build(WEEK);
  }

  @Test
  void totalsCountClosedOrdersLessonsCaptureRateAndMedianTimeToFirstLesson() {
    long a = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, TUESDAY);
    long b = seed.order("ORD-2", "Valve", Strategy.MTO, PriorityClass.EXPEDITED, TUESDAY);
    seed.order("ORD-3", "Cabinet", Strategy.MTS, PriorityClass.STANDARD, TUESDAY);
    seed.lesson(a, L.of("two hours later", TUESDAY.plus(Duration.ofHours(2))));
    seed.lesson(a, L.of("second on a", TUESDAY.plus(Duration.ofHours(30))));
    seed.lesson(
        b, L.of("while running", TUESDAY.minus(Duration.ofDays(3))).timing(Timing.REAL_TIME));
    seed.lesson(b, L.of("four hours later", TUESDAY.plus(Duration.ofHours(4))));

    Digest d = build();

    assertThat(d.totals().ordersClosed()).isEqualTo(3);
    // the real-time lesson was written in the week before, so three lessons fall in this week
    assertThat(d.totals().lessonsCaptured()).isEqualTo(3);
    assertThat(d.totals().closedOrdersWithLessons()).isEqualTo(2);
    assertThat(d.totals().captureRate()).isEqualTo(2.0 / 3);
    // first lessons: 2 h after close on ORD-1, before close (counts as 0) on ORD-2 -> median 1 h
    assertThat(d.totals().medianTimeToFirstLesson()).contains(Duration.ofHours(1));
    assertThat(d.closedWithoutLessons())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.order().issueKey()).isEqualTo("ORD-3");
              assertThat(o.order().url()).hasToString("https://acme.atlassian.net/browse/ORD-3");
              assertThat(o.formUrl().toString()).startsWith("https://lo.example.com/capture/");
            });
    assertThat(d.byStrategy())
        .extracting(Digest.RateRow::group, Digest.RateRow::orders, Digest.RateRow::lessons)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ETO", 1, 2),
            org.assertj.core.groups.Tuple.tuple("MTO", 1, 2),
            org.assertj.core.groups.Tuple.tuple("MTS", 1, 0));
    assertThat(d.byPriority())
        .extracting(Digest.RateRow::group, Digest.RateRow::perOrder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EXPEDITED", 2.0),
            org.assertj.core.groups.Tuple.tuple("STANDARD", 1.0));
    assertThat(d.tickets())
        .extracting(OrderRef::issueKey)
        .containsExactly("ORD-1", "ORD-2", "ORD-3");
  }

  @Test
  void anOrderClosedInTheWeeksLastDaysIsListedWithoutLessonsNextWeekAndOnlyThen() {
    seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, TUESDAY);
    // Sunday 29 Nov, 22:00 in Stockholm: an hour or two before the digest's week ends
    Instant sunday = Instant.parse("2026-11-29T21:00:00Z");
    seed.order("ORD-2", "Valve", Strategy.MTO, PriorityClass.STANDARD, sunday);
    // Saturday's order got its lesson on Monday, before the next digest
    long saturday =
        seed.order(
            "ORD-3",
            "Cabinet",
            Strategy.MTS,
            PriorityClass.STANDARD,
            Instant.parse("2026-11-28T12:00:00Z"));
    seed.lesson(saturday, L.of("written Monday", Instant.parse("2026-11-30T08:00:00Z")));

    Digest w48 = build();
    Digest w49 = app.get(DigestService.class).build(WEEK.plus(1));

    // W48's numbers still count all three of its closes
    assertThat(w48.totals().ordersClosed()).isEqualTo(3);
    assertThat(w48.closedWithoutLessons())
        .extracting(o -> o.order().issueKey())
        .containsExactly("ORD-1");
    // W49 closed nothing, yet it lists Sunday's order, so the week is not empty
    assertThat(w49.totals().ordersClosed()).isZero();
    assertThat(w49.closedWithoutLessons())
        .extracting(o -> o.order().issueKey())
        .containsExactly("ORD-2");
    assertThat(w49.isEmpty()).isFalse();
    assertThat(app.get(DigestService.class).isEmptyWeek(WEEK.plus(1))).isFalse();
    assertThat(new TextRenderer().render(w49, Optional.empty()))
        .contains("ORD-2")
        .contains("listed the week after");
    // and only then: the week after that does not list it again
    assertThat(app.get(DigestService.class).build(WEEK.plus(2)).closedWithoutLessons()).isEmpty();
  }

  @Test
  void aGraceOfOneSecondListsEveryOrderInTheWeekItClosed() {
    app.close();
    app = DigestFixtures.app().set("digest.closedWithoutLessonsGrace", "PT1S").database(db).build();
    seed = new Seed(app.database());
    seed.order(
        "ORD-2",
        "Valve",
        Strategy.MTO,
        PriorityClass.STANDARD,
        Instant.parse("2026-11-29T21:00:00Z"));

    assertThat(build().closedWithoutLessons())
        .extracting(o -> o.order().issueKey())
        .containsExactly("ORD-2");
  }

  @Test
  void anOrderReopenedSinceItClosedIsNeitherCountedNorListedAsClosed() {
    seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, TUESDAY);
    seed.order("ORD-2", "Valve", Strategy.MTO, PriorityClass.STANDARD, TUESDAY);
    seed.reopen("ORD-1", TUESDAY.plus(Duration.ofDays(1)));

    Digest d = build();

    assertThat(d.totals().ordersClosed()).isEqualTo(1);
    assertThat(d.closedWithoutLessons())
        .singleElement()
        .satisfies(o -> assertThat(o.order().issueKey()).isEqualTo("ORD-2"));
  }

  @Test
  void lessonsAtTheWeeksEdgesFollowTheDigestZone() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    // Monday 00:30 in Stockholm is Sunday 23:30 UTC: inside W48
    seed.lesson(o, L.of("first minute", Instant.parse("2026-11-22T23:30:00Z")));
    // Monday 30 Nov 00:30 in Stockholm: the next week
    seed.lesson(o, L.of("next week", Instant.parse("2026-11-29T23:30:00Z")));

    Digest d = build();

    assertThat(d.totals().lessonsCaptured()).isEqualTo(1);
  }

  @Test
  void matrixComparesWithTheFourWeeksBeforeAndBalanceShowsEightWeeks() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    for (int i = 0; i < 3; i++) {
      seed.lesson(o, L.of("explore " + i, TUESDAY).type(LessonType.EXPLORATION));
    }
    seed.lesson(o, L.of("exploit", TUESDAY));
    // four weeks before: 4 front-office explorations in total -> average 1.0
    for (int back = 1; back <= 4; back++) {
      seed.lesson(
          o,
          L.of("earlier " + back, TUESDAY.minus(Duration.ofDays(7L * back)))
              .type(LessonType.EXPLORATION));
    }
    // five weeks back: outside the matrix baseline, inside the 8-week trend
    seed.lesson(o, L.of("older", TUESDAY.minus(Duration.ofDays(35))));

    Digest d = build();

    MatrixCell cell =
        d.matrix().stream()
            .filter(c -> c.unit() == Unit.FRONT_OFFICE && c.type() == LessonType.EXPLORATION)
            .findFirst()
            .orElseThrow();
    assertThat(cell.count()).isEqualTo(3);
    assertThat(cell.previousAverage()).isEqualTo(1.0);
    assertThat(cell.change()).isEqualTo(2.0);
    assertThat(d.matrix()).hasSize(6);
    assertThat(d.balance())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.unit()).isEqualTo(Unit.FRONT_OFFICE);
              assertThat(t.weeks()).hasSize(8);
              assertThat(t.weeks().get(7).week()).isEqualTo(WEEK);
              assertThat(t.weeks().get(7).share()).contains(0.75);
              assertThat(t.weeks().get(2).share()).contains(0.0);
              assertThat(t.weeks().get(0).share()).isEmpty();
            });
  }

  @Test
  void sectionsPickBetweenUnitRecurringForDirectionActionsAndHighlights() {
    long std = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    long rush = seed.order("ORD-2", "Valve", Strategy.MTO, PriorityClass.EXPEDITED, null);
    long earlier =
        seed.lesson(std, L.of("Drawings late again", WEEK_BEFORE.minus(Duration.ofDays(20))));
    long between =
        seed.lesson(std, L.of("Hand-over missed the spec", TUESDAY).unit(Unit.BETWEEN).recurrent());
    seed.similar(between, earlier, 0.82);
    seed.lesson(
        rush,
        L.of("Template for rush quotes", TUESDAY.plusSeconds(60))
            .direction(Direction.FOR)
            .action("Make a quote template"));
    seed.lesson(
        std, L.of("Tried a new supplier", TUESDAY.plusSeconds(120)).type(LessonType.EXPLORATION));

    Digest d = build();

    assertThat(d.between())
        .extracting(DigestLesson::title)
        .containsExactly("Hand-over missed the spec");
    assertThat(d.recurring())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.lesson().title()).isEqualTo("Hand-over missed the spec");
              assertThat(t.earlier())
                  .singleElement()
                  .satisfies(
                      e -> {
                        assertThat(e.title()).isEqualTo("Drawings late again");
                        assertThat(e.order().issueKey()).isEqualTo("ORD-1");
                      });
            });
    assertThat(d.forProposals())
        .extracting(DigestLesson::title)
        .containsExactly("Template for rush quotes");
    assertThat(d.proposedActions())
        .extracting(l -> l.proposedAction().orElseThrow())
        .containsExactly("Make a quote template");
    assertThat(d.highlights())
        .extracting(Digest.Highlight::reason, h -> h.lesson().title())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Expedited order", "Template for rush quotes"),
            org.assertj.core.groups.Tuple.tuple(
                "Between front and back office", "Hand-over missed the spec"),
            org.assertj.core.groups.Tuple.tuple(
                "Exploration: something new was tried", "Tried a new supplier"));
    assertThat(d.totals().retrospective()).isEqualTo(3);
  }

  @Test
  void anEmptyWeekSaysSoInOneLine() {
    Digest d = build();

    assertThat(d.isEmpty()).isTrue();
    String text = new TextRenderer().render(d, java.util.Optional.empty());
    assertThat(text).contains("No order closed and no lesson was captured in 2026-W48.");
    assertThat(text).doesNotContain("Tickets").doesNotContain("Highlights");
  }

  @Test
  void aWeekWithLessonsButNoClosedOrderSaysSoInsteadOfACaptureRate() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    seed.lesson(o, L.of("Learnt while it runs", TUESDAY));
    Digest d = build();

    assertThat(d.totals().ordersClosed()).isZero();
    String text = new TextRenderer().render(d, java.util.Optional.empty());
    assertThat(text)
        .contains("No order closed in 2026-W48; 1 lesson captured,")
        .contains("in real time (the order still open),")
        .contains("in retrospect (after it closed).")
        .doesNotContain("capture rate");
  }

  @Test
  void aUnitRecipientSeesTheirUnitsLessonsFirst() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    seed.lesson(o, L.of("back office thing", TUESDAY).unit(Unit.BACK_OFFICE));
    seed.lesson(o, L.of("front office thing", TUESDAY.plusSeconds(5)));
    WeekDigest week = app.get(DigestService.class).week(WEEK);

    Digest front = week.forUnit(Unit.FRONT_OFFICE);
    String text = new TextRenderer().render(front, java.util.Optional.empty());

    assertThat(front.focusLessons())
        .extracting(DigestLesson::title)
        .containsExactly("front office thing");
    assertThat(text.indexOf("Front office first"))
        .isLessThan(text.indexOf("Where the learning sits"));
  }

  @Test
  void aUnitRecipientsSectionLinksToTheDashboardFilteredToTheirUnit() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    seed.lesson(o, L.of("back office thing", TUESDAY).unit(Unit.BACK_OFFICE));
    WeekDigest week = app.get(DigestService.class).week(WEEK);

    String back = new TextRenderer().render(week.forUnit(Unit.BACK_OFFICE), Optional.empty());
    String front = new TextRenderer().render(week.forUnit(Unit.FRONT_OFFICE), Optional.empty());

    String section = back.substring(back.indexOf("Back office first"));
    assertThat(section.substring(0, section.indexOf("Where the learning sits")))
        .contains("/office?week=" + WEEK + "&unit=BACK_OFFICE");
    // the week's own link, for everything, stays at the end
    assertThat(back).contains("/office?week=" + WEEK + ">");
    // a unit without lessons this week gets no section, and so no link
    assertThat(front).doesNotContain("unit=FRONT_OFFICE");
  }

  @Test
  void cappedSectionsListTheNewestLessonsAndCountTheRest() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    int cap = DigestBuilder.LISTED_PER_SECTION;
    for (int i = 0; i < cap + 3; i++) {
      L lesson = L.of("between " + i, TUESDAY.plusSeconds(i)).unit(Unit.BETWEEN).recurrent();
      // exactly the cap of them are proposals: that section lists them all
      seed.lesson(o, i < 3 ? lesson : lesson.direction(Direction.FOR));
    }

    Digest d = build();

    assertThat(d.between()).hasSize(cap);
    assertThat(d.between().get(0).title()).isEqualTo("between 3");
    assertThat(d.between().get(cap - 1).title()).isEqualTo("between " + (cap + 2));
    assertThat(d.recurring()).hasSize(cap);
    assertThat(d.forProposals()).hasSize(cap);
    assertThat(d.unlisted()).isEqualTo(new Digest.Unlisted(3, 3, 0, 0, 0, 0));
    assertThat(d.totals().lessonsCaptured()).isEqualTo(cap + 3);
    assertThat(d.matrix())
        .filteredOn(c -> c.unit() == Unit.BETWEEN && c.type() == LessonType.EXPLOITATION)
        .singleElement()
        .extracting(MatrixCell::count)
        .isEqualTo(cap + 3);
    String text = new TextRenderer().render(d, java.util.Optional.empty());
    assertThat(text).contains("and 3 more this week (the newest " + cap + " are listed)");
    assertThat(text.split("and \\d+ more this week", -1)).hasSize(3);
  }

  @Test
  void aLessonWithASimilarEarlierOneThatIsNotMarkedRecurrentIsNoRecurringTheme() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    long earlier = seed.lesson(o, L.of("Drawings late", WEEK_BEFORE.minus(Duration.ofDays(20))));
    // one similar earlier lesson, fewer than recurrence needs (or a person said SPORADIC)
    long once = seed.lesson(o, L.of("Drawings late once more", TUESDAY));
    seed.similar(once, earlier, 0.5);

    assertThat(build().recurring()).isEmpty();
  }

  @Test
  void theTicketIndexAndTheOrdersWithoutLessonsListTheNewestAndCountTheRest() {
    int orders = DigestBuilder.TICKETS_LISTED + 5;
    for (int i = 1; i <= orders; i++) {
      long o =
          seed.order(
              "ORD-" + i,
              "Order " + i,
              Strategy.ETO,
              PriorityClass.STANDARD,
              TUESDAY.plusSeconds(i));
      // the first 20 orders got a lesson; the others closed without one
      if (i <= 20) {
        seed.lesson(o, L.of("lesson " + i, TUESDAY.plusSeconds(i)));
      }
    }
    // an order that closed weeks ago but got a lesson this week is one of the week's tickets too
    long old = seed.order("ORD-OLD", "Old", Strategy.MTO, PriorityClass.STANDARD, WEEK_BEFORE);
    seed.lesson(old, L.of("late lesson", TUESDAY.plusSeconds(999)));

    Digest d = build();

    int cap = DigestBuilder.LISTED_PER_SECTION;
    int withoutLessons = orders - 20;
    assertThat(d.closedWithoutLessons()).hasSize(cap);
    assertThat(d.closedWithoutLessons().get(cap - 1).order().issueKey()).isEqualTo("ORD-" + orders);
    assertThat(d.unlisted().closedWithoutLessons()).isEqualTo(withoutLessons - cap);
    assertThat(d.tickets()).hasSize(DigestBuilder.TICKETS_LISTED);
    assertThat(d.tickets().get(DigestBuilder.TICKETS_LISTED - 1).issueKey()).isEqualTo("ORD-OLD");
    assertThat(d.tickets().get(0).issueKey()).isEqualTo("ORD-7");
    assertThat(d.unlisted().tickets()).isEqualTo(orders + 1 - DigestBuilder.TICKETS_LISTED);
    String text = new TextRenderer().render(d, java.util.Optional.empty());
    assertThat(text)
        .contains("and " + (withoutLessons - cap) + " more this week (the newest " + cap)
        .contains("and 6 more this week (the newest " + DigestBuilder.TICKETS_LISTED);
  }

  @Test
  void aUnitRecipientsViewListsTheUnitsNewestLessonsAndCountsTheRest() {
    long o = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, null);
    int cap = DigestBuilder.LISTED_PER_SECTION;
    for (int i = 0; i < cap + 4; i++) {
      seed.lesson(o, L.of("front " + i, TUESDAY.plusSeconds(i)));
    }
    seed.lesson(o, L.of("back office thing", TUESDAY).unit(Unit.BACK_OFFICE));

    WeekDigest week = app.get(DigestService.class).week(WEEK);
    Digest front = week.forUnit(Unit.FRONT_OFFICE);
    Digest back = week.forUnit(Unit.BACK_OFFICE);

    assertThat(front.focusLessons()).hasSize(cap);
    assertThat(front.focusLessons().get(cap - 1).title()).isEqualTo("front " + (cap + 3));
    assertThat(new TextRenderer().render(front, java.util.Optional.empty()))
        .contains("and 4 more this week (the newest " + cap + " are listed)");
    assertThat(back.focusLessons())
        .extracting(DigestLesson::title)
        .containsExactly("back office thing");
  }
}
