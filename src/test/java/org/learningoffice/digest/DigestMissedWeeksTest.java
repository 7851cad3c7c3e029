package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.digest.delivery.DigestScheduler;
import org.learningoffice.digest.delivery.DigestTiming;
import org.learningoffice.order.OrderPoller;
import org.learningoffice.store.Checkpoints;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.slf4j.LoggerFactory;

/**
 * Weeks whose digest fell due while the service was down go out when it is back, oldest first and
 * each once, up to {@link DigestScheduler#CATCH_UP_WEEKS} weeks back; on H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class DigestMissedWeeksTest {
  private static final String[] RECIPIENTS = {"a@example.com", "b@example.com"};
  // back on Tuesday 1 December 2026 (W49), the day after W48's Monday 07:00 in Stockholm
  private static final Instant BACK = Instant.parse("2026-12-01T09:00:00Z");
  private static final IsoWeek DUE = new IsoWeek(2026, 48);

  private final TestDatabase.Kind kind;
  private final Logger schedulerLog = (Logger) LoggerFactory.getLogger(DigestScheduler.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Level levelBefore = schedulerLog.getLevel();
  private TestDatabase db;
  private Mail mail;
  private TestApp app;

  DigestMissedWeeksTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void open() {
    schedulerLog.setLevel(Level.INFO); // the demo's tests turn the service's logging down
    schedulerLog.addAppender(logged);
    logged.start();
    db = TestDatabase.open(kind);
    mail = new Mail().start();
    app = mail.app(RECIPIENTS).database(db).build();
    // an order closed with a lesson in each week from W38 to W48, so none is an empty week
    Seed seed = new Seed(app.database());
    for (IsoWeek week = new IsoWeek(2026, 38); week.compareTo(DUE) <= 0; week = week.plus(1)) {
      Instant tuesday = week.monday().plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
      long order =
          seed.order("ORD-" + week.week(), "Pump", Strategy.ETO, PriorityClass.STANDARD, tuesday);
      seed.lesson(order, L.of("A lesson of " + week, tuesday));
    }
  }

  @AfterEach
  void close() throws Exception {
    schedulerLog.detachAppender(logged);
    schedulerLog.setLevel(levelBefore);
    Closing.all(app, mail, db);
  }

  @Test
  void bothWeeksMissedDuringAnOutageOverTwoSlotsAreSentOldestFirstAndOnce() {
    // up on Monday 16 November after W46's digest went out, down until Tuesday 1 December:
    // the digests of W47 (due Monday 23 November) and W48 (due Monday 30 November) were missed
    tickWhenDue(new IsoWeek(2026, 46));

    app.clock().set(BACK);
    scheduler().tick();
    scheduler().tick();

    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W46", "2026-W47", "2026-W48");
    }
  }

  @Test
  void anEmptyMissedWeekIsSkippedAsWhenDueAndTheWeeksAfterItStillGo() {
    app.execute("DELETE FROM lessons WHERE title = 'A lesson of 2026-W47'");
    app.execute("DELETE FROM orders WHERE issue_key = 'ORD-47'");
    tickWhenDue(new IsoWeek(2026, 46));

    app.clock().set(BACK);
    scheduler().tick();

    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W46", "2026-W48");
    }
    assertThat(app.count("SELECT COUNT(*) FROM digest_deliveries WHERE iso_week = '2026-W47'"))
        .isZero();
  }

  @Test
  void aRestartInTheSameWeekSendsNothingAgain() {
    tickWhenDue(new IsoWeek(2026, 46));
    app.clock().set(BACK);
    scheduler().tick();
    app.close();

    // the service starts again on Thursday, on the same database
    app = mail.app(RECIPIENTS).database(db).startingAt(BACK.plusSeconds(2 * 24 * 3600)).build();
    scheduler().tick();

    assertThat(mail.received()).hasSize(3 * RECIPIENTS.length);
    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W46", "2026-W47", "2026-W48");
    }
  }

  @Test
  void twoInstancesCatchingUpAtOnceSendEachMissedWeekOnce() {
    tickWhenDue(new IsoWeek(2026, 46));
    app.clock().set(BACK);
    // a second instance with its own connection pool on the same database, back at the same time
    try (Database second = Database.open(TestDatabase.config(db.url()))) {
      TestApp other = mail.app(RECIPIENTS).database(second, db.url()).startingAt(BACK).build();
      try {
        CompletableFuture<Void> one = CompletableFuture.runAsync(scheduler()::tick);
        CompletableFuture<Void> two =
            CompletableFuture.runAsync(other.get(DigestScheduler.class)::tick);
        CompletableFuture.allOf(one, two).join();
      } finally {
        other.close();
      }
    }

    assertThat(mail.received()).hasSize(3 * RECIPIENTS.length);
    for (String recipient : RECIPIENTS) {
      // oldest first within an instance; two instances may interleave their weeks
      assertThat(weeksReceivedBy(recipient))
          .containsExactlyInAnyOrder("2026-W46", "2026-W47", "2026-W48");
    }
  }

  @Test
  void anOutageLongerThanTheCapSendsOnlyTheLastWeeksAndLogsTheSkipOnce() {
    // W39's digest was the last to go out; W40 to W48 fell due while the service was down
    tickWhenDue(new IsoWeek(2026, 39));

    app.clock().set(BACK);
    scheduler().tick();
    scheduler().tick();

    assertThat(DigestScheduler.CATCH_UP_WEEKS).isEqualTo(4);
    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient))
          .containsExactly("2026-W39", "2026-W45", "2026-W46", "2026-W47", "2026-W48");
    }
    List<String> skips =
        logged.list.stream()
            .filter(e -> e.getLevel() == Level.INFO)
            .map(ILoggingEvent::getFormattedMessage)
            .filter(m -> m.contains("not sent"))
            .toList();
    assertThat(skips).hasSize(1);
    assertThat(skips.get(0)).contains("2026-W40").contains("2026-W44").contains("5 weeks");
  }

  @Test
  void aMissedWeekWhoseDeliveriesFailedIsRetriedAtTheNextCheck() {
    tickWhenDue(new IsoWeek(2026, 46));
    mail.close(); // the SMTP server is down when the service comes back

    app.clock().set(BACK);
    scheduler().tick();
    mail = new Mail(mail.port).start();
    app.clock().set(BACK.plusSeconds(3600)); // past the failed deliveries' first backoff
    scheduler().tick();

    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W47", "2026-W48");
    }
  }

  @Test
  void aQuietStretchOfEmptyWeeksIsNoOutage() {
    for (int week = 43; week <= 47; week++) {
      app.execute("DELETE FROM lessons WHERE title = 'A lesson of 2026-W" + week + "'");
      app.execute("DELETE FROM orders WHERE issue_key = 'ORD-" + week + "'");
    }

    for (int week = 42; week <= 48; week++) {
      tickWhenDue(new IsoWeek(2026, week));
    }

    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W42", "2026-W48");
    }
    assertThat(logged.list).noneMatch(e -> e.getFormattedMessage().contains("not sent"));
  }

  @Test
  void afterAnOutageTheDueWeekWaitsUntilThePollerHasSearchedPastItsEnd() {
    app = waitingForTheIntake();
    // the last poller round before the outage started on Friday of W48
    app.get(Checkpoints.class).put(OrderPoller.CHECKPOINT, "2026-11-27T10:00:00Z");

    scheduler().tick();
    assertThat(mail.received()).as("before the poller's first round went through").isEmpty();

    app.get(Checkpoints.class).put(OrderPoller.CHECKPOINT, BACK.plusSeconds(30).toString());
    app.clock().advance(Duration.ofMinutes(1));
    scheduler().tick();

    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W48");
    }
  }

  @Test
  void aDueWeekWaitsForTheIntakeAtMostTheWaitAfterStartUp() {
    app = waitingForTheIntake(); // Jira is unreachable: the poller never gets through a round
    scheduler().tick();
    app.clock().advance(Duration.ofMinutes(14));
    scheduler().tick();
    assertThat(mail.received()).isEmpty();

    app.clock().advance(Duration.ofMinutes(1));
    scheduler().tick();

    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W48");
    }
  }

  /** The app started at {@link #BACK} with the service's 15 minutes' wait for the order intake. */
  private TestApp waitingForTheIntake() {
    app.close();
    return TestApp.from("base.yml", "digest.yml", "digest-email.yml")
        .set("digest.smtp.port", mail.port)
        .set("digest.recipients", List.of(RECIPIENTS))
        .startingAt(BACK)
        .override(
            binder ->
                binder
                    .bind(DigestTiming.class)
                    .toInstance(
                        new DigestTiming(
                            Duration.ofMillis(200),
                            Duration.ofSeconds(30),
                            Duration.ofMinutes(15))))
        .database(db)
        .build();
  }

  @Test
  void aFreshInstallationSendsOnlyTheDueWeek() {
    app.clock().set(BACK);

    scheduler().tick();
    scheduler().tick();

    for (String recipient : RECIPIENTS) {
      assertThat(weeksReceivedBy(recipient)).containsExactly("2026-W48");
    }
    assertThat(logged.list).noneMatch(e -> e.getFormattedMessage().contains("not sent"));
  }

  /** Runs one check on the Monday after {@code week}, two hours after its digest fell due. */
  private void tickWhenDue(IsoWeek week) {
    app.clock().set(week.plus(1).monday().atTime(8, 0).toInstant(ZoneOffset.UTC));
    DigestConfig config = app.get(DigestConfig.class);
    assertThat(DigestScheduler.dueWeek(app.clock().instant(), config.schedule(), config.zone()))
        .isEqualTo(week);
    scheduler().tick();
  }

  private DigestScheduler scheduler() {
    return app.get(DigestScheduler.class);
  }

  /** The weeks of the digests a recipient got, in the order they arrived. */
  private List<String> weeksReceivedBy(String recipient) {
    return mail.receivedBy(recipient).stream().map(DigestMissedWeeksTest::week).toList();
  }

  private static String week(MimeMessage message) {
    try {
      // "Learning office digest 2026-W48 (23 Nov – 29 Nov)"
      return message.getSubject().split(" ")[3];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
