package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.learningoffice.digest.DigestFixtures.WEEK;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.digest.delivery.Channel;
import org.learningoffice.digest.delivery.DigestDeliveries;
import org.learningoffice.digest.delivery.DigestScheduler;
import org.learningoffice.digest.delivery.DigestSender;
import org.learningoffice.digest.delivery.UnsubscribeLinks;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** The digest over real SMTP (GreenMail) on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class DigestEmailTest {
  private static final String LEAD = "lead@example.com";
  private static final String FRONT = "front.lead@example.com";

  private final TestDatabase.Kind kind;
  private TestDatabase db;
  private Mail mail;
  private TestApp app;

  DigestEmailTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void open() {
    db = TestDatabase.open(kind);
    mail = new Mail();
    app = mail.app(LEAD, FRONT + ":front-office").database(db).build();
    Seed seed = new Seed(app.database());
    Instant tuesday = Instant.parse("2026-11-24T10:00:00Z");
    long order = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, tuesday);
    seed.lesson(order, L.of("Back office lesson", tuesday).unit(Unit.BACK_OFFICE));
    seed.lesson(order, L.of("Front office lesson", tuesday.plusSeconds(1)));
  }

  @AfterEach
  void close() throws Exception {
    Closing.all(app, mail, db);
  }

  @Test
  void eachRecipientGetsOneMultipartMailWithTheirUnitFirst() throws Exception {
    mail.start();
    DigestSender sender = app.get(DigestSender.class);

    DigestSender.Outcome first = sender.send(WEEK);
    DigestSender.Outcome second = sender.send(WEEK);

    assertThat(first.sent()).isEqualTo(2);
    assertThat(second.sent()).isZero();
    assertThat(second.skipped()).isEqualTo(2);
    assertThat(mail.received()).hasSize(2);
    MimeMessage lead = mail.receivedBy(LEAD).get(0);
    MimeMessage front = mail.receivedBy(FRONT).get(0);
    assertThat(lead.getContentType()).startsWith("multipart/alternative");
    assertThat(lead.getSubject()).startsWith("Learning office digest 2026-W48");
    assertThat(lead.getFrom()[0]).hasToString("learning-office@example.com");
    assertThat(lead.getHeader("List-Unsubscribe")[0])
        .startsWith("<https://lo.example.com/digest/unsubscribe/");
    assertThat(Mail.part(lead, "text/html"))
        .contains("<table")
        .contains("href=\"https://acme.atlassian.net/browse/ORD-1\"");
    assertThat(Mail.part(lead, "text/plain"))
        .contains("2 lessons captured")
        .doesNotContain("Front office first");
    String frontText = Mail.part(front, "text/plain");
    assertThat(frontText.indexOf("Front office first"))
        .isLessThan(frontText.indexOf("Where the learning sits"));
    assertThat(frontText).contains("Front office lesson").doesNotContain("Back office lesson");
    assertThat(Mail.part(front, "text/html")).contains("Front office first");
    assertThat(app.get(DigestDeliveries.class).status(WEEK, Channel.EMAIL, LEAD)).contains("SENT");
  }

  @Test
  void aSenderNameWithLettersBeyondAsciiArrivesEncodedAndReadsTheSame() throws Exception {
    app.close();
    app =
        mail.app(LEAD)
            .set("digest.smtp.from", "Lärande kontoret <learning-office@example.com>")
            .database(db)
            .build();
    mail.start();

    app.get(DigestSender.class).send(WEEK);

    MimeMessage lead = mail.receivedBy(LEAD).get(0);
    // a raw 8-bit header is mangled or refused by servers that do not speak SMTPUTF8
    assertThat(lead.getHeader("From")[0]).matches("\\p{ASCII}+");
    InternetAddress from = (InternetAddress) lead.getFrom()[0];
    assertThat(from.getPersonal()).isEqualTo("Lärande kontoret");
    assertThat(from.getAddress()).isEqualTo("learning-office@example.com");
    assertThat(lead.getHeader("Subject")[0]).matches("\\p{ASCII}+");
    assertThat(lead.getSubject()).contains("23 Nov 2026 – 29 Nov 2026");
  }

  @Test
  void theMailIsMarkedAutomaticSoVacationRepliesDoNotAnswerItEveryWeek() throws Exception {
    mail.start();

    app.get(DigestSender.class).send(WEEK);

    // RFC 3834: auto-responders (out of office) must not answer an auto-generated message
    MimeMessage lead = mail.receivedBy(LEAD).get(0);
    assertThat(lead.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(lead.getHeader("Message-ID")).hasSize(1);
    assertThat(lead.getSentDate()).isEqualTo(app.clock().instant());
  }

  @Test
  void smtpDownAtTheScheduledTimeIsSentOnceWhenItIsBack() {
    app.start();
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    // both failures recorded: a failure recorded after the clock moves is retried later still
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Stream.of(LEAD, FRONT)
                    .allMatch(
                        recipient ->
                            deliveries
                                .status(WEEK, Channel.EMAIL, recipient)
                                .equals(java.util.Optional.of("FAILED"))));

    mail.start();
    app.clock().advance(Duration.ofMinutes(2));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Stream.of(LEAD, FRONT)
                    .allMatch(
                        recipient ->
                            deliveries
                                .status(WEEK, Channel.EMAIL, recipient)
                                .equals(java.util.Optional.of("SENT"))));
    // more checks happen, and later retries are due, yet nothing goes out twice
    app.clock().advance(Duration.ofHours(2));
    app.get(DigestScheduler.class).tick();
    assertThat(mail.receivedBy(LEAD)).hasSize(1);
    assertThat(mail.receivedBy(FRONT)).hasSize(1);
  }

  @Test
  void smtpDownForAMorningStillSendsTheDigestOnceWhenItIsBack() {
    DigestSender sender = app.get(DigestSender.class);
    // down from the scheduled time until after lunch: a check every quarter of an hour for 6 hours
    for (int check = 0; check < 24; check++) {
      sender.send(WEEK);
      app.clock().advance(Duration.ofMinutes(15));
    }
    assertThat(app.get(DigestDeliveries.class).needingAttention())
        .isEqualTo(new DigestDeliveries.Attention(0, 0));

    mail.start();
    // the next retry is at most an hour away
    app.clock().advance(Duration.ofHours(1));
    sender.send(WEEK);
    sender.send(WEEK);

    assertThat(mail.receivedBy(LEAD)).hasSize(1);
    assertThat(mail.receivedBy(FRONT)).hasSize(1);
  }

  @Test
  void openingTheUnsubscribeLinkAsAMailScannerWouldUnsubscribesNobody() throws Exception {
    app.start();
    String token = app.get(UnsubscribeLinks.class).token(FRONT);
    HttpResponse<String> opened =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + app.port() + "/digest/unsubscribe/" + token))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(app.count("SELECT COUNT(*) FROM digest_unsubscribes")).isZero();
  }

  @Test
  void signedUnsubscribeLinkStopsTheDigestOnceConfirmedAndAForgedOneIsRefused() throws Exception {
    app.start();
    DigestDeliveries deliveries = app.get(DigestDeliveries.class);
    // the start-up check finds SMTP down; wait for it so it cannot race the unsubscribe
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                deliveries
                    .status(WEEK, Channel.EMAIL, FRONT)
                    .equals(java.util.Optional.of("FAILED")));
    UnsubscribeLinks links = app.get(UnsubscribeLinks.class);
    String token = links.token(FRONT);
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + app.port() + "/digest/unsubscribe/";

    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(URI.create(base + token.substring(0, token.length() - 2) + "xx"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> opened =
        http.send(
            HttpRequest.newBuilder(URI.create(base + token)).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> confirmed =
        http.send(
            HttpRequest.newBuilder(URI.create(base + token))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body())
        .contains("Stop the learning-office digest to front.lead@example.com?")
        .contains("<form method=\"post\">");
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body())
        .contains("no more learning-office digests at front.lead@example.com");
    mail.start();
    // the scheduler tried at start-up while SMTP was down: let its retry come due
    app.clock().advance(Duration.ofMinutes(2));
    await().atMost(Duration.ofSeconds(20)).until(() -> mail.receivedBy(LEAD).size() == 1);
    app.get(DigestSender.class).send(WEEK);
    assertThat(mail.receivedBy(FRONT)).isEmpty();
    assertThat(mail.receivedBy(LEAD)).hasSize(1);
  }
}
