package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.WeeklySchedule;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.Repeating;
import org.learningoffice.lifecycle.RepeatingService;
import org.learningoffice.store.Checkpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly digest: checks every {@code interval} (and at once on start) which week is due
 * and sends it, after the weeks missed while the service was down, oldest first, up to {@link
 * #CATCH_UP_WEEKS} in all. Cluster-safe without a lock: every instance may check, the unique
 * delivery rows let only one send each delivery. For up to {@link DigestTiming#intakeWait} after
 * its first check, a week waits until the order intake has caught up past its end: after an outage,
 * the closes the webhooks missed reach the store with the poller's first round, and a digest sent
 * before that would leave them out for good.
 */
public final class DigestScheduler implements BackgroundService {
  /** Weeks sent at most after an outage, the due one included: a month-old digest is no news. */
  public static final int CATCH_UP_WEEKS = 4;

  /**
   * The checkpoint holding the newest week the scheduler finished: every delivery sent or given its
   * outcome (none failed and waiting for a retry), or the week found empty. It only ever moves
   * forward.
   */
  public static final String CHECKPOINT = "digest-weeks";

  /**
   * The order of the checkpoint's weeks: it only moves forward, so that an instance that finished a
   * week after another finished a later one does not move it back. A position that is no week comes
   * first.
   */
  private static final Comparator<String> WEEK_ORDER =
      Comparator.comparing(
          (String text) -> IsoWeek.parse(text).orElse(null),
          Comparator.nullsFirst(Comparator.naturalOrder()));

  private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

  private final DigestSender sender;
  private final Checkpoints checkpoints;
  private final OrderIntakeProgress intake;
  private final Duration intakeWait;
  private final WeeklySchedule schedule;
  private final ZoneId zone;
  private final Clock clock;
  private final RepeatingService loop;
  // the weeks last logged as too old, so that each check does not log them again
  private final AtomicReference<List<IsoWeek>> tooOldLogged = new AtomicReference<>(List.of());
  private final AtomicReference<Instant> firstCheck = new AtomicReference<>();
  private final AtomicReference<IsoWeek> waitLogged = new AtomicReference<>();

  @Inject
  DigestScheduler(
      DigestSender sender,
      Checkpoints checkpoints,
      OrderIntakeProgress intake,
      DigestConfig config,
      Clock clock,
      DigestTiming timing) {
    this.sender = sender;
    this.checkpoints = checkpoints;
    this.intake = intake;
    this.intakeWait = timing.intakeWait();
    this.schedule = config.schedule();
    this.zone = config.zone();
    this.clock = clock;
    this.loop =
        new RepeatingService(
            new Repeating(
                "digest-scheduler",
                Duration.ZERO,
                timing.checkInterval(),
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
   * One check: sends what has not gone out of each week after the newest finished one (see {@link
   * #CHECKPOINT}) up to the due week, oldest first, and moves the checkpoint over each week that
   * finished; a week with a failed delivery holds it, so that the next check retries that week.
   * With no week finished yet (a new installation) that is the due week alone, not a backlog. The
   * due week is sent at every check, so that it goes out when it fills (an order's close stored
   * late) and its failed deliveries are retried.
   */
  public void tick() {
    Instant now = clock.instant();
    firstCheck.compareAndSet(null, now);
    IsoWeek due = dueWeek(now, schedule, zone);
    Optional<IsoWeek> finished;
    try {
      finished = checkpoints.get(CHECKPOINT).flatMap(IsoWeek::parse);
    } catch (RuntimeException e) {
      log.warn("Digest {} could not be sent now, will try again: {}", due, e.getMessage());
      return;
    }
    WeeksToSend weeks =
        finished
            .map(newest -> WeeksToSend.from(newest.plus(1), due, CATCH_UP_WEEKS))
            .orElse(WeeksToSend.only(due));
    logTooOld(weeks.tooOld());
    boolean advancing = true;
    for (IsoWeek week : weeks.toSend()) {
      if (waitsForIntake(week, now)) {
        return;
      }
      Optional<DigestSender.Outcome> outcome = send(week);
      if (outcome.isEmpty()) {
        return; // the later weeks wait, so that they do not go out before this one
      }
      advancing &= outcome.get().failed() == 0;
      if (advancing) {
        checkpoints.advance(CHECKPOINT, week.toString(), WEEK_ORDER);
      }
    }
  }

  /**
   * Whether the week waits for the order intake to catch up past its end: only within {@code
   * intakeWait} of this scheduler's first check, so that a Jira that stays unreachable delays the
   * digest by that much at most.
   */
  private boolean waitsForIntake(IsoWeek week, Instant now) {
    if (!now.isBefore(firstCheck.get().plus(intakeWait))) {
      return false;
    }
    boolean caughtUp;
    try {
      caughtUp = intake.caughtUpTo(week.end(zone));
    } catch (RuntimeException e) {
      caughtUp = false;
    }
    if (!caughtUp && !week.equals(waitLogged.getAndSet(week))) {
      log.info(
          "Digest {} waits for the order poller to take in the week's closes (at most {} after"
              + " start-up)",
          week,
          intakeWait);
    }
    return !caughtUp;
  }

  /** Sends one week; empty when it could not be sent now. */
  private Optional<DigestSender.Outcome> send(IsoWeek week) {
    try {
      DigestSender.Outcome outcome = sender.send(week);
      if (outcome.sent() + outcome.failed() + outcome.unknown() > 0) {
        log.info(
            "Digest {}: {} sent, {} failed, {} outcome unknown",
            week,
            outcome.sent(),
            outcome.failed(),
            outcome.unknown());
      }
      return Optional.of(outcome);
    } catch (RuntimeException e) {
      log.warn("Digest {} could not be sent now, will try again: {}", week, e.getMessage());
      return Optional.empty();
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
