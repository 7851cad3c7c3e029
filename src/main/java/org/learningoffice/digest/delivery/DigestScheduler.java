package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.WeeklySchedule;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.Repeating;
import org.learningoffice.lifecycle.RepeatingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly digest: checks every {@code interval} (and at once on start, so a week missed
 * while the service was down goes out then) which week is due and sends it. Cluster-safe without a
 * lock: every instance may check, the unique delivery rows let only one send each delivery.
 */
public final class DigestScheduler implements BackgroundService {
  private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

  private final DigestSender sender;
  private final WeeklySchedule schedule;
  private final ZoneId zone;
  private final Clock clock;
  private final RepeatingService loop;

  @Inject
  DigestScheduler(DigestSender sender, DigestConfig config, Clock clock, DigestTiming timing) {
    this(sender, config.schedule(), config.zone(), clock, timing.checkInterval());
  }

  public DigestScheduler(
      DigestSender sender, WeeklySchedule schedule, ZoneId zone, Clock clock, Duration interval) {
    this.sender = sender;
    this.schedule = schedule;
    this.zone = zone;
    this.clock = clock;
    this.loop =
        new RepeatingService(
            new Repeating(
                "digest-scheduler",
                Duration.ZERO,
                interval,
                Duration.ofSeconds(30),
                false,
                this::tick));
  }

  @Override
  public String name() {
    return loop.name();
  }

  @Override
  public void start() {
    if (!sender.hasChannels()) {
      log.info("No digest channel is configured; the digest scheduler stays idle");
      return;
    }
    loop.start();
  }

  /** Stops after the delivery in hand; waits up to thirty seconds for it. */
  @Override
  public void stop() {
    loop.stop();
  }

  /** One check: sends the due week's deliveries that have not gone out. */
  public void tick() {
    IsoWeek week = dueWeek(clock.instant(), schedule, zone);
    try {
      DigestSender.Outcome outcome = sender.send(week);
      if (outcome.sent() + outcome.failed() + outcome.unknown() > 0) {
        log.info(
            "Digest {}: {} sent, {} failed (retried later), {} outcome unknown",
            week,
            outcome.sent(),
            outcome.failed(),
            outcome.unknown());
      }
    } catch (RuntimeException e) {
      log.warn("Digest {} could not be sent now, will try again: {}", week, e.getMessage());
    }
  }

  /**
   * The week whose digest is due at {@code now}: the last full week once this week's scheduled time
   * has passed, else the week before it (whose time passed last week).
   */
  public static IsoWeek dueWeek(Instant now, WeeklySchedule schedule, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    IsoWeek current = IsoWeek.of(local.toLocalDate());
    ZonedDateTime slot =
        current
            .monday()
            .plusDays(schedule.day().getValue() - 1L)
            .atTime(schedule.time())
            .atZone(zone);
    return local.isBefore(slot) ? current.minus(2) : current.minus(1);
  }
}
