package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

class UnitTypeWeekTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Test
  void aSeriesAsksForEachWeeksStartAndTheLastWeeksEndAndPairsTheCountsOldestFirst() {
    IsoWeek last = new IsoWeek(2027, 1);
    List<List<Instant>> asked = new ArrayList<>();

    List<UnitTypeWeek> series =
        UnitTypeWeek.series(
            last,
            3,
            STOCKHOLM,
            bounds -> {
              asked.add(bounds);
              return List.of(
                  Map.of(Unit.FRONT_OFFICE, Map.of(LessonType.EXPLOITATION, 1)),
                  Map.of(),
                  Map.of(Unit.BACK_OFFICE, Map.of(LessonType.EXPLORATION, 3)));
            });

    assertThat(asked)
        .containsExactly(
            List.of(
                new IsoWeek(2026, 52).start(STOCKHOLM),
                new IsoWeek(2026, 53).start(STOCKHOLM),
                last.start(STOCKHOLM),
                last.end(STOCKHOLM)));
    assertThat(series)
        .extracting(UnitTypeWeek::week)
        .containsExactly(new IsoWeek(2026, 52), new IsoWeek(2026, 53), last);
    assertThat(series).extracting(UnitTypeWeek::total).containsExactly(1, 0, 3);
  }
}
