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
}
