package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.learningoffice.digest.DigestFixtures.WEEK;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.digest.delivery.Channel;
import org.learningoffice.digest.delivery.ChannelUnavailableException;
import org.learningoffice.digest.delivery.DigestChannel;
import org.learningoffice.digest.delivery.DigestDeliveries;
import org.learningoffice.digest.delivery.DigestHealthCheck;
import org.learningoffice.digest.delivery.DigestScheduler;
import org.learningoffice.digest.delivery.DigestSender;
import org.learningoffice.digest.delivery.RecipientRefusedException;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.web.HealthCheck;

/** Exactly-once delivery across instances and crashes, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class DigestDeliveryTest {
  private static final String[] RECIPIENTS = {
    "a@example.com", "b@example.com", "c@example.com", "d@example.com"
  };

  private final TestDatabase.Kind kind;
  private TestDatabase db;
  private Mail mail;
  private TestApp app;

  DigestDeliveryTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void open() {
    db = TestDatabase.open(kind);
    mail = new Mail().start();
    app = mail.app(RECIPIENTS).database(db).build();
    Seed seed = new Seed(app.database());
    Instant tuesday = Instant.parse("2026-11-24T10:00:00Z");
    long order = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, tuesday);
    seed.lesson(order, L.of("A lesson", tuesday));
  }

  @AfterEach
  void close() throws Exception {
    Closing.all(app, mail, db);
  }

  /** A sender of one channel's deliveries, as one instance's worker. */
  /** A channel of the given recipients whose delivery to each is {@code deliveries}' answer. */
  private record FakeChannel(
      Channel channel, List<String> recipients, Function<String, DigestChannel.Delivery> deliveries)
      implements DigestChannel {
    @Override
    public Delivery prepare(WeekDigest week, String recipient) {
      return deliveries.apply(recipient);
    }
  }

  private DigestSender sender(DigestChannel channel) {
    return new DigestSender(
        Set.of(channel),
        app.get(DigestDeliveries.class),
        app.get(DigestService.class),
        "worker",
        Duration.ofMinutes(10),
        false);
  }

  @Test
  void twoSchedulersOnOneDatabaseSendEachDigestOnce() {
    // a second instance with its own connection pool on the same database
    try (Database second = Database.open(TestDatabase.config(db.url()))) {
      TestApp other = mail.app(RECIPIENTS).database(second, db.url()).build();
      try {
        app.start();
        other.start();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> mail.received().size() >= RECIPIENTS.length);
        // both keep checking, now and an hour later in the same week; nothing more goes out
        DigestScheduler one = app.get(DigestScheduler.class);
        DigestScheduler two = other.get(DigestScheduler.class);
        one.tick();
        two.tick();
        app.clock().advance(Duration.ofHours(1));
        other.clock().advance(Duration.ofHours(1));
        one.tick();
        two.tick();
      } finally {
        other.close();
      }
    }
    assertThat(mail.received()).hasSize(RECIPIENTS.length);
    for (String r : RECIPIENTS) {
      assertThat(mail.receivedBy(r)).hasSize(1);
    }
  }

  @Test
  void checkingASentWeekAgainRaisesNoDuplicateKeyErrorAndSendsNothingTwice() {
    // every statement the database refused: PostgreSQL logs each of them as an ERROR
    List<SQLException> refused = new CopyOnWriteArrayList<>();
    app.database()
        .jdbi()
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logException(StatementContext context, SQLException ex) {
                refused.add(ex);
              }
            });
    DigestSender sender = app.get(DigestSender.class);

    DigestSender.Outcome first = sender.send(WEEK);
    // the scheduler checks the due week again every minute
    for (int check = 0; check < 3; check++) {
      app.clock().advance(Duration.ofMinutes(1));
      assertThat(sender.send(WEEK).sent()).isZero();
    }

    assertThat(first.sent()).isEqualTo(RECIPIENTS.length);
    assertThat(refused).isEmpty();
    assertThat(mail.received()).hasSize(RECIPIENTS.length);
    for (String r : RECIPIENTS) {
      assertThat(mail.receivedBy(r)).hasSize(1);
    }
  }

  @Test
  void aCrashBetweenClaimAndSendIsTakenOverOnceTheLeaseRunsOut() {
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    // an instance claimed a@ and died before handing anything to SMTP
    assertThat(
            deliveries.claim(
                WEEK, Channel.EMAIL, "a@example.com", "crashed", Duration.ofMinutes(10)))
        .isPresent();
    DigestSender sender = app.get(DigestSender.class);

    DigestSender.Outcome whileLeased = sender.send(WEEK);
    app.clock().advance(Duration.ofMinutes(11));
    DigestSender.Outcome afterLease = sender.send(WEEK);

    assertThat(whileLeased.sent()).isEqualTo(3);
    assertThat(afterLease.sent()).isEqualTo(1);
    assertThat(mail.receivedBy("a@example.com")).hasSize(1);
    assertThat(mail.received()).hasSize(4);
    assertThat(deliveries.needingAttention()).isEqualTo(new DigestDeliveries.Attention(0, 0));
  }

  @Test
  void aDigestThatCannotBeRenderedIsAFailureToRetryNotAnOutcomeUnknown() {
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    DigestChannel broken =
        new FakeChannel(
            Channel.SLACK,
            List.of("webhook"),
            recipient -> {
              throw new IllegalStateException(); // no message, as some failures have
            });
    DigestSender sender = sender(broken);

    DigestSender.Outcome outcome = sender.send(WEEK);

    assertThat(outcome.failed()).isEqualTo(1);
    assertThat(outcome.unknown()).isZero();
    assertThat(deliveries.status(WEEK, Channel.SLACK, "webhook")).contains("FAILED");
    assertThat(deliveries.needingAttention()).isEqualTo(new DigestDeliveries.Attention(0, 0));
    // each round counts as an attempt: it backs off and is given up, and reported, in the end
    for (int round = 0; round < DigestDeliveries.MAX_ATTEMPTS + 5; round++) {
      app.clock().advance(Duration.ofHours(2));
      sender.send(WEEK);
    }
    assertThat(deliveries.needingAttention()).isEqualTo(new DigestDeliveries.Attention(0, 1));
  }

  @Test
  void aRecipientTheServerRefusesForGoodIsGivenUpAtOnceAndTheOthersStillGetIt() {
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    java.util.concurrent.atomic.AtomicInteger handedOver =
        new java.util.concurrent.atomic.AtomicInteger();
    DigestChannel email =
        new FakeChannel(
            Channel.EMAIL,
            List.of("gone@example.com", "lead@example.com"),
            recipient ->
                () -> {
                  handedOver.incrementAndGet();
                  if (recipient.startsWith("gone")) {
                    throw new RecipientRefusedException(
                        "550 5.1.1 <gone@example.com>: no such user");
                  }
                });
    DigestSender sender = sender(email);

    DigestSender.Outcome outcome = sender.send(WEEK);
    for (int round = 0; round < 5; round++) {
      app.clock().advance(Duration.ofHours(2));
      sender.send(WEEK);
    }

    assertThat(outcome.sent()).isEqualTo(1);
    assertThat(outcome.failed()).isEqualTo(1);
    // one try, no warning every hour for days: a person has to fix the address
    assertThat(handedOver).hasValue(2);
    assertThat(deliveries.status(WEEK, Channel.EMAIL, "lead@example.com")).contains("SENT");
    assertThat(deliveries.status(WEEK, Channel.EMAIL, "gone@example.com")).contains("FAILED");
    assertThat(deliveries.needingAttention()).isEqualTo(new DigestDeliveries.Attention(0, 1));
  }

  @Test
  void aMailServerThatCannotBeReachedIsTriedOncePerRoundNotOncePerRecipient() {
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    java.util.concurrent.atomic.AtomicInteger handedOver =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean();
    DigestChannel email =
        new FakeChannel(
            Channel.EMAIL,
            List.of(RECIPIENTS),
            recipient ->
                () -> {
                  handedOver.incrementAndGet();
                  if (!up.get()) {
                    // each of these waits out a connect timeout (30 s) against a firewalled server
                    throw new ChannelUnavailableException(
                        "SMTP smtp.example.com:587: connect timed out");
                  }
                });
    DigestSender sender = sender(email);

    DigestSender.Outcome down = sender.send(WEEK);

    assertThat(handedOver).hasValue(1);
    assertThat(down.failed()).isEqualTo(1);
    assertThat(deliveries.status(WEEK, Channel.EMAIL, RECIPIENTS[1])).isEmpty();

    up.set(true);
    app.clock().advance(Duration.ofMinutes(2));
    sender.send(WEEK);
    sender.send(WEEK);

    for (String recipient : RECIPIENTS) {
      assertThat(deliveries.status(WEEK, Channel.EMAIL, recipient)).contains("SENT");
    }
    assertThat(handedOver).hasValue(1 + RECIPIENTS.length);
  }

  @Test
  void aCrashBetweenSendAndMarkIsNotSentAgainAndHealthReportsIt() {
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    Optional<DigestDeliveries.Claim> claim =
        deliveries.claim(WEEK, Channel.EMAIL, "a@example.com", "crashed", Duration.ofMinutes(10));
    // it handed the mail to SMTP, then died before recording the outcome
    assertThat(deliveries.startSending(claim.orElseThrow())).isTrue();
    app.clock().advance(Duration.ofMinutes(11));

    DigestSender.Outcome outcome = app.get(DigestSender.class).send(WEEK);
    HealthCheck.Result health = new DigestHealthCheck(deliveries).check();

    assertThat(outcome.sent()).isEqualTo(3);
    assertThat(mail.receivedBy("a@example.com")).isEmpty();
    assertThat(deliveries.status(WEEK, Channel.EMAIL, "a@example.com")).contains("CLAIMED");
    assertThat(health.status()).isEqualTo(HealthCheck.Status.DEGRADED);
    assertThat(health.details()).containsEntry("outcomeUnknown", 1);
  }

  @Test
  void aLostLeaseStopsTheSlowInstanceFromSending() {
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    DigestDeliveries.Claim slow =
        deliveries
            .claim(WEEK, Channel.EMAIL, "a@example.com", "slow", Duration.ofMinutes(10))
            .orElseThrow();
    app.clock().advance(Duration.ofMinutes(11));
    DigestDeliveries.Claim taker =
        deliveries
            .claim(WEEK, Channel.EMAIL, "a@example.com", "taker", Duration.ofMinutes(10))
            .orElseThrow();

    assertThat(deliveries.startSending(slow)).isFalse();
    assertThat(deliveries.startSending(taker)).isTrue();
  }

  @Test
  void aWeekMissedWhileTheServiceWasDownIsSentAtStartUp() {
    // down over Monday's 07:00; started on Wednesday: W48's digest goes out at once
    app.clock().set(Instant.parse("2026-12-02T12:00:00Z"));

    app.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> mail.received().size() == RECIPIENTS.length);
    assertThat(app.get(DigestDeliveries.class).status(WEEK, Channel.EMAIL, "a@example.com"))
        .contains("SENT");
  }
}
