package org.learningoffice.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.learningoffice.config.WeeklySchedule;
import org.learningoffice.lifecycle.BackgroundService;
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
  private final Duration interval;
  private ScheduledExecutorService executor;

  public DigestScheduler(
      DigestSender sender, WeeklySchedule schedule, ZoneId zone, Clock clock, Duration interval) {
    this.sender = sender;
    this.schedule = schedule;
    this.zone = zone;
    this.clock = clock;
    this.interval = interval;
  }

  @Override
  public String name() {
    return "digest-scheduler";
  }

  @Override
  public synchronized void start() {
    if (!sender.hasChannels()) {
      log.info("No digest channel is configured; the digest scheduler stays idle");
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "digest-scheduler");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  /** One check: sends the due week's deliveries that have not gone out. */
  void tick() {
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
  static IsoWeek dueWeek(Instant now, WeeklySchedule schedule, ZoneId zone) {
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
