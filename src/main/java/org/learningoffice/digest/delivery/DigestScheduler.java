package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.WeeklySchedule;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.Repeating;
import org.learningoffice.lifecycle.RepeatingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly digest: checks every {@code interval} (and at once on start) which week is due
 * and sends it, after the weeks missed while the service was down, oldest first, up to {@link
 * #CATCH_UP_WEEKS} in all. Cluster-safe without a lock: every instance may check, the unique
 * delivery rows let only one send each delivery.
 */
public final class DigestScheduler implements BackgroundService {
  /** Weeks sent at most after an outage, the due one included: a month-old digest is no news. */
  public static final int CATCH_UP_WEEKS = 4;

  private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

  private final DigestSender sender;
  private final DigestDeliveries deliveries;
  private final WeeklySchedule schedule;
  private final ZoneId zone;
  private final Clock clock;
  private final RepeatingService loop;
  // the weeks last logged as too old, so that each check does not log them again
  private final AtomicReference<List<IsoWeek>> tooOldLogged = new AtomicReference<>(List.of());

  @Inject
  DigestScheduler(
      DigestSender sender,
      DigestDeliveries deliveries,
      DigestConfig config,
      Clock clock,
      DigestTiming timing) {
    this(sender, deliveries, config.schedule(), config.zone(), clock, timing.checkInterval());
  }

  public DigestScheduler(
      DigestSender sender,
      DigestDeliveries deliveries,
      WeeklySchedule schedule,
      ZoneId zone,
      Clock clock,
      Duration interval) {
    this.sender = sender;
    this.deliveries = deliveries;
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

  /**
   * One check: sends the deliveries that have not gone out of each week from the one after the
   * newest week with a recorded delivery up to the due week, oldest first. With none recorded yet
   * (a new installation) that is the due week alone, not a backlog.
   */
  public void tick() {
    IsoWeek due = dueWeek(clock.instant(), schedule, zone);
    WeeksToSend weeks;
    try {
      weeks =
          deliveries
              .newestWeekUpTo(due)
              .map(newest -> WeeksToSend.from(newest.plus(1), due, CATCH_UP_WEEKS))
              .orElse(WeeksToSend.only(due));
    } catch (RuntimeException e) {
      log.warn("Digest {} could not be sent now, will try again: {}", due, e.getMessage());
      return;
    }
    logTooOld(weeks.tooOld());
    for (IsoWeek week : weeks.toSend()) {
      if (!send(week)) {
        // the later weeks wait, so that they do not go out before this one
        return;
      }
    }
  }

  /** Sends one week; false when it could not be sent now. */
  private boolean send(IsoWeek week) {
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
      return true;
    } catch (RuntimeException e) {
      log.warn("Digest {} could not be sent now, will try again: {}", week, e.getMessage());
      return false;
    }
  }

  private void logTooOld(List<IsoWeek> tooOld) {
    if (tooOld.isEmpty() || tooOld.equals(tooOldLogged.getAndSet(tooOld))) {
      return;
    }
    IsoWeek first = tooOld.get(0);
    IsoWeek last = tooOld.get(tooOld.size() - 1);
    String weeks =
        first.equals(last)
            ? first.toString()
            : first + " to " + last + " (" + tooOld.size() + " weeks)";
    log.info(
        "Digest {} not sent: after an outage only the last {} weeks are sent; `digest --week`"
            + " sends one by hand",
        weeks,
        CATCH_UP_WEEKS);
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
