package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.config.Secret;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class WebhookIntakeTest {
  private static final String SIGNATURE = "X-Hub-Signature";
  private static final String IDENTIFIER = "X-Atlassian-Webhook-Identifier";

  private final TestDatabase.Kind kind;
  private final TestApp app;
  private final Intake intake;

  WebhookIntakeTest(TestDatabase.Kind kind) {
    this.kind = kind;
    this.app = TestApp.from("base.yml", "intake.yml").database(kind).serveHttp();
    this.intake = new Intake(app);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String sign(String body) {
    return WebhookSignature.sign(Intake.SECRET, bytes(body));
  }

  @Test
  void aSignedStatusChangeIsStoredInTheInboxBeforeItIsAcknowledged() {
    HttpResponse<String> response = intake.deliver("issue_updated_done.json", "delivery-1");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(intake.jsonOf(response).path("accepted").asBoolean()).isTrue();
    assertThat(intake.inbox().countsByStatus()).isEqualTo(Map.of("PENDING", 1));
    assertThat(intake.dedupeKeys()).containsExactly("webhook:delivery-1");
  }

  @Test
  void anIssueCreationIsAccepted() {
    assertThat(intake.deliver("issue_created.json", "delivery-1").statusCode()).isEqualTo(202);
    assertThat(intake.inboxRows()).isEqualTo(1);
  }

  @Test
  void aForgedSignatureIsRefusedAndNothingIsStored() {
    String body = Intake.fixture("issue_updated_done.json");
    String forged = WebhookSignature.sign(Secret.of("not our secret"), bytes(body));

    HttpResponse<String> response = intake.postHook(bytes(body), SIGNATURE, forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(intake.jsonOf(response).path("error").asText()).contains(SIGNATURE);
    assertThat(intake.inboxRows()).isZero();
  }

  @Test
  void aMissingSignatureIsRefusedAndNothingIsStored() {
    HttpResponse<String> response =
        intake.postHook(bytes(Intake.fixture("issue_updated_done.json")), IDENTIFIER, "d-1");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(intake.inboxRows()).isZero();
  }

  @Test
  void aSignatureInAnotherFormatIsRefused() {
    String body = Intake.fixture("issue_updated_done.json");
    String sha1Style = "sha1=" + sign(body).substring("sha256=".length());

    assertThat(intake.postHook(bytes(body), SIGNATURE, sha1Style).statusCode()).isEqualTo(401);
    assertThat(intake.postHook(bytes(body), SIGNATURE, "sha256=not-hex").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aSignatureWithAnUpperCasePrefixOrDigestIsAccepted() {
    String body = Intake.fixture("issue_updated_done.json");
    String hex = sign(body).substring("sha256=".length());

    assertThat(intake.postHook(bytes(body), SIGNATURE, "SHA256=" + hex, IDENTIFIER, "d-1"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(202);
    assertThat(
            intake.postHook(
                bytes(body),
                SIGNATURE,
                "Sha256=" + hex.toUpperCase(Locale.ROOT),
                IDENTIFIER,
                "d-2"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(202);
    assertThat(intake.postHook(bytes(body), SIGNATURE, "SHA256=" + "0".repeat(hex.length())))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(401);
  }

  @Test
  void aStaleSignatureOfAnEarlierBodyIsRefusedForAChangedBody() {
    String earlier = Intake.fixture("issue_updated_in_progress.json");
    String tampered = Intake.fixture("issue_updated_done.json");

    HttpResponse<String> response = intake.postHook(bytes(tampered), SIGNATURE, sign(earlier));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(intake.inboxRows()).isZero();
  }

  @Test
  void aReplayedDeliveryIsAcknowledgedAsADuplicateAndStoredOnce() {
    String body = Intake.fixture("issue_updated_done.json");
    String signature = sign(body);

    HttpResponse<String> first =
        intake.postHook(bytes(body), SIGNATURE, signature, IDENTIFIER, "d-1");
    HttpResponse<String> replay =
        intake.postHook(bytes(body), SIGNATURE, signature, IDENTIFIER, "d-1");

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(replay.statusCode()).isEqualTo(202);
    assertThat(intake.jsonOf(replay).path("duplicate").asBoolean()).isTrue();
    assertThat(intake.inboxRows()).isEqualTo(1);
  }

  @Test
  void deliveriesArrivingTogetherAreEachAnsweredOnceStoredAndRepeatsAsDuplicates()
      throws Exception {
    int unique = 60;
    List<Callable<HttpResponse<String>>> deliveries = new ArrayList<>();
    for (int i = 0; i < unique; i++) {
      String identifier = "d-" + i;
      deliveries.add(() -> intake.deliver("issue_updated_done.json", identifier));
      if (i % 3 == 0) {
        deliveries.add(() -> intake.deliver("issue_updated_done.json", identifier));
      }
    }
    ExecutorService jira = Executors.newFixedThreadPool(16);
    Map<String, Integer> answers = new HashMap<>();
    try {
      for (Future<HttpResponse<String>> delivery : jira.invokeAll(deliveries)) {
        HttpResponse<String> response = delivery.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(202);
        intake
            .jsonOf(response)
            .fieldNames()
            .forEachRemaining(f -> answers.merge(f, 1, Integer::sum));
      }
    } finally {
      jira.shutdownNow();
    }

    assertThat(answers).isEqualTo(Map.of("accepted", unique, "duplicate", unique / 3));
    assertThat(intake.inboxRows()).isEqualTo(unique);
  }

  @Test
  void aDeliveryIsTimedUnderItsRouteWithTheStatusItWasAnswered() {
    intake.deliver("issue_updated_done.json", "d-1");

    assertThat(intake.getPath("/metrics").body())
        .contains(
            "http_server_requests_seconds_count{method=\"POST\",route=\"/hooks/jira\","
                + "status=\"202\"} 1");
  }

  @Test
  void aDeliveryTheInboxCannotStoreIsAnswered500AndStoredWhenJiraSendsItAgain() {
    app.execute("ALTER TABLE inbox RENAME TO inbox_away");

    HttpResponse<String> refused = intake.deliver("issue_updated_done.json", "d-1");

    assertThat(refused.statusCode()).isEqualTo(500);
    assertThat(intake.jsonOf(refused).path("error").asText()).isEqualTo("internal error");

    app.execute("ALTER TABLE inbox_away RENAME TO inbox");
    HttpResponse<String> retried = intake.deliver("issue_updated_done.json", "d-1");

    assertThat(retried.statusCode()).isEqualTo(202);
    assertThat(intake.jsonOf(retried).path("accepted").asBoolean()).isTrue();
    assertThat(intake.dedupeKeys()).containsExactly("webhook:d-1");
  }

  @Test
  void theSameChangeDeliveredWithoutIdentifierIsStoredOnceByItsChangelogId() {
    String body = Intake.fixture("issue_updated_done.json");

    intake.postHook(bytes(body), SIGNATURE, sign(body));
    HttpResponse<String> again = intake.postHook(bytes(body), SIGNATURE, sign(body));

    assertThat(intake.jsonOf(again).path("duplicate").asBoolean()).isTrue();
    assertThat(intake.dedupeKeys()).containsExactly("jira:issue_updated:10042:10101");
  }

  @Test
  void anIssueCreationWithoutIdentifierIsKeyedByEventAndIssue() {
    String body = Intake.fixture("issue_created.json");

    intake.postHook(bytes(body), SIGNATURE, sign(body));

    assertThat(intake.dedupeKeys()).containsExactly("jira:issue_created:10042");
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedWith413AndNotStored() {
    String padding = "x".repeat(1024 * 1024);
    String body =
        "{\"webhookEvent\":\"jira:issue_created\",\"issue\":{\"id\":\"1\",\"key\":\"ORD-1\","
            + "\"fields\":{\"description\":\""
            + padding
            + "\"}}}";

    // only the head is sent: the server refuses on the declared length, and a client still
    // sending a megabyte may lose the answer to the connection the server then closes
    String answer = intake.postHeadOnly(bytes(body).length, SIGNATURE, sign(body));

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("1048576 bytes");
    assertThat(intake.inboxRows()).isZero();
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedWith400AndAOneLineReason() {
    String body = "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {";

    HttpResponse<String> response = intake.postHook(bytes(body), SIGNATURE, sign(body));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(intake.jsonOf(response).path("error").asText())
        .startsWith("body is not valid JSON")
        .doesNotContain("\n");
    assertThat(intake.inboxRows()).isZero();
  }

  @Test
  void anEventWithoutTheFieldsWeNeedIsRefusedWith400() {
    String noEvent = "{\"issue\": {\"id\": \"10042\", \"key\": \"ORD-42\"}}";
    String noKey = "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"id\": \"10042\"}}";
    String noId = "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"key\": \"ORD-42\"}}";

    HttpResponse<String> a = intake.postHook(bytes(noEvent), SIGNATURE, sign(noEvent));
    HttpResponse<String> b = intake.postHook(bytes(noKey), SIGNATURE, sign(noKey));
    HttpResponse<String> c = intake.postHook(bytes(noId), SIGNATURE, sign(noId));

    assertThat(a.statusCode()).isEqualTo(400);
    assertThat(intake.jsonOf(a).path("error").asText()).isEqualTo("webhookEvent is missing");
    assertThat(intake.jsonOf(b).path("error").asText()).isEqualTo("issue.key is missing");
    assertThat(intake.jsonOf(c).path("error").asText()).isEqualTo("issue.id is missing");
    assertThat(intake.inboxRows()).isZero();
  }

  @Test
  void eventsWeDoNotHandleAreAcknowledgedAndNotStored() {
    HttpResponse<String> comment = intake.deliver("comment_created.json", "d-1");
    HttpResponse<String> priority = intake.deliver("issue_updated_priority_only.json", "d-2");

    assertThat(comment.statusCode()).isEqualTo(202);
    assertThat(intake.jsonOf(comment).path("ignored").asBoolean()).isTrue();
    assertThat(priority.statusCode()).isEqualTo(202);
    assertThat(intake.jsonOf(priority).path("ignored").asBoolean()).isTrue();
    assertThat(intake.inboxRows()).isZero();
  }

  @Test
  void unsignedDeliveriesAreAcceptedOnlyWhenTheConfigAllowsThem() {
    byte[] body = bytes(Intake.fixture("issue_updated_done.json"));
    try (TestApp lenient =
        TestApp.from("base.yml", "intake.yml")
            .env("LO_JIRA_ALLOW_UNSIGNED_WEBHOOKS", "true")
            .database(kind)
            .serveHttp()) {
      assertThat(new Intake(lenient).postHook(body).statusCode()).isEqualTo(202);
      assertThat(new Intake(lenient).postHook(body, SIGNATURE, "sha256=00").statusCode())
          .as("a wrong signature is still wrong")
          .isEqualTo(401);
    }
  }
}
