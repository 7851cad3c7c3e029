package org.learningoffice.office;

import java.time.Instant;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.Seed;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/**
 * The lessons the office dashboard tests look at: four in 2026-W48 (one per matrix cell that is not
 * zero, one with a hostile title), one in 2026-W47 and one in the current week of {@link
 * DigestFixtures}' clock, 2026-W49.
 */
final class OfficeLessons {
  static final String HOSTILE_TITLE = "<script>alert('t')</script> Pump seal";
  static final Instant W48 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant CLOSED = W48;

  private OfficeLessons() {}

  static void seed(Seed seed) {
    long eto = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.EXPEDITED, W48);
    long mts = seed.order("ORD-2", "Valve", Strategy.MTS, PriorityClass.STANDARD, W48);
    seed.lesson(eto, L.of("Welding fixture was new", W48).type(LessonType.EXPLORATION));
    seed.lesson(mts, L.of("Stock count was off", W48.plusSeconds(60)).unit(Unit.BACK_OFFICE));
    seed.lesson(mts, L.of("Drawing handover late", W48.plusSeconds(120)).unit(Unit.BETWEEN));
    seed.lesson(eto, L.of(HOSTILE_TITLE, W48.plusSeconds(180)).body("<b>bold</b> & <i>gone</i>"));
    seed.lesson(
        mts,
        L.of("Last week's lesson", Instant.parse("2026-11-17T10:00:00Z")).unit(Unit.BACK_OFFICE));
    seed.lesson(mts, L.of("This week's lesson", Instant.parse("2026-11-30T07:30:00Z")));
  }

  /**
   * More orders of 2026-W48 for the week's numbers and themes: one closed without lessons (ORD-3),
   * two whose first lesson came 52 h and 6 h after the close (with ORD-1 and ORD-2 at 0 h the
   * median is 3 h), two recurrent lessons linked to one earlier lesson of 2026-W40 and a third on
   * its own.
   */
  static void seedFigures(Seed seed) {
    seed.order("ORD-3", "Gearbox", Strategy.ATO, PriorityClass.STANDARD, CLOSED);
    long mto = seed.order("ORD-4", "Frame", Strategy.MTO, PriorityClass.EXPEDITED, CLOSED);
    long skid = seed.order("ORD-5", "Skid", Strategy.ETO, PriorityClass.STANDARD, CLOSED);
    long open = seed.order("ORD-6", "Older pump", Strategy.ETO, PriorityClass.STANDARD, null);
    long earlier =
        seed.lesson(open, L.of("Seal supplier late", Instant.parse("2026-10-01T10:00:00Z")));
    // first lessons 52 h and 6 h after the close: with ORD-1 and ORD-2 (0 h) the median is 3 h
    long late =
        seed.lesson(
            mto, L.of("Seal supplier late again", CLOSED.plusSeconds(52 * 3600)).recurrent());
    long again =
        seed.lesson(
            skid, L.of("Seals arrived late once more", CLOSED.plusSeconds(6 * 3600)).recurrent());
    seed.similar(late, earlier, 0.8);
    seed.similar(again, earlier, 0.7);
    seed.lesson(
        seed.order("ORD-7", "Spare", Strategy.MTS, PriorityClass.STANDARD, null),
        L.of("Paint batch mixed up", CLOSED.plusSeconds(3600)).unit(Unit.BACK_OFFICE).recurrent());
  }
}
