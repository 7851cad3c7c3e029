package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.WeeklySchedule;
import org.learningoffice.digest.delivery.DigestScheduler;

class IsoWeekTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Test
  void parsesAndPrintsIsoWeeksAndRefusesWeeksTheYearLacks() {
    assertThat(IsoWeek.parse("2026-W48")).contains(new IsoWeek(2026, 48));
    assertThat(IsoWeek.parse("2026-W53")).contains(new IsoWeek(2026, 53));
    assertThat(IsoWeek.parse("2025-W53")).isEmpty();
    assertThat(IsoWeek.parse("2026-48")).isEmpty();
    assertThat(new IsoWeek(2026, 1)).hasToString("2026-W01");
  }

  @Test
  void aWeekTypedWithALowerCaseWIsTheSameWeek() {
    assertThat(IsoWeek.parse("2026-w48")).contains(new IsoWeek(2026, 48));
    assertThat(IsoWeek.parse(" 2026-w01 ")).contains(new IsoWeek(2026, 1));
  }

  @Test
  void weeksRunMondayToSundayAcrossTheYearEnd() {
    assertThat(new IsoWeek(2026, 48).monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(new IsoWeek(2026, 53).sunday()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new IsoWeek(2026, 53));
    assertThat(new IsoWeek(2026, 53).plus(1)).isEqualTo(new IsoWeek(2027, 1));
    assertThat(new IsoWeek(2026, 48).start(STOCKHOLM))
        .isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
  }

  @Test
  void theDueWeekTurnsOverAtTheScheduledTimeInTheZone() {
    WeeklySchedule monday7 = WeeklySchedule.DEFAULT;
    // Monday 30 Nov 2026 06:59 and 07:00 in Stockholm (UTC+1)
    assertThat(DigestScheduler.dueWeek(Instant.parse("2026-11-30T05:59:00Z"), monday7, STOCKHOLM))
        .isEqualTo(new IsoWeek(2026, 47));
    assertThat(DigestScheduler.dueWeek(Instant.parse("2026-11-30T06:00:00Z"), monday7, STOCKHOLM))
        .isEqualTo(new IsoWeek(2026, 48));
    WeeklySchedule friday = WeeklySchedule.parse("FRI 16:00").orElseThrow();
    assertThat(DigestScheduler.dueWeek(Instant.parse("2026-12-02T12:00:00Z"), friday, STOCKHOLM))
        .isEqualTo(new IsoWeek(2026, 47));
  }
}
