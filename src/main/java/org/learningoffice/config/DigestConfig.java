package org.learningoffice.config;

import java.time.ZoneId;

/** When the weekly learning-office digest goes out. */
public record DigestConfig(WeeklySchedule schedule, ZoneId zone) {
  static DigestConfig read(ConfigReader r) {
    WeeklySchedule schedule =
        r.parsed(
                "digest.schedule",
                WeeklySchedule::parse,
                "is not a weekly time (day and 24-hour time)",
                "MON 07:00")
            .orElse(WeeklySchedule.DEFAULT);
    return new DigestConfig(schedule, r.zone("digest.zone", ZoneId.of("UTC")));
  }
}
