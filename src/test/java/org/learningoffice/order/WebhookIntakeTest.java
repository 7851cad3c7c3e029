package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.learningoffice.testing.TestDatabase;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class WebhookIntakeTest {
  private static final String SIGNATURE = "X-Hub-Signature";
  private static final String IDENTIFIER = "X-Atlassian-Webhook-Identifier";

  private final TestDatabase.Kind kind;
  private final IntakeApp app;

  WebhookIntakeTest(TestDatabase.Kind kind) {
    this.kind = kind;
    this.app = new IntakeApp(kind);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String sign(String body) {
    return WebhookSignature.sign(IntakeApp.SECRET, bytes(body));
  }

  @Test
  void aSignedStatusChangeIsStoredInTheInboxBeforeItIsAcknowledged() {
    HttpResponse<String> response = app.deliver("issue_updated_done.json", "delivery-1");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(app.jsonOf(response).path("accepted").asBoolean()).isTrue();
    assertThat(app.inbox().countsByStatus()).isEqualTo(Map.of("PENDING", 1));
    assertThat(app.dedupeKeys()).containsExactly("webhook:delivery-1");
  }

  @Test
  void anIssueCreationIsAccepted() {
    assertThat(app.deliver("issue_created.json", "delivery-1").statusCode()).isEqualTo(202);
    assertThat(app.inboxRows()).isEqualTo(1);
  }

  @Test
  void aForgedSignatureIsRefusedAndNothingIsStored() {
    String body = IntakeApp.fixture("issue_updated_done.json");
    String forged = WebhookSignature.sign(Secret.of("not our secret"), bytes(body));

    HttpResponse<String> response = app.postHook(bytes(body), SIGNATURE, forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.jsonOf(response).path("error").asText()).contains(SIGNATURE);
    assertThat(app.inboxRows()).isZero();
  }

  @Test
  void aMissingSignatureIsRefusedAndNothingIsStored() {
    HttpResponse<String> response =
        app.postHook(bytes(IntakeApp.fixture("issue_updated_done.json")), IDENTIFIER, "d-1");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.inboxRows()).isZero();
  }

  @Test
  void aSignatureInAnotherFormatIsRefused() {
    String body = IntakeApp.fixture("issue_updated_done.json");
    String sha1Style = "sha1=" + sign(body).substring("sha256=".length());

    assertThat(app.postHook(bytes(body), SIGNATURE, sha1Style).statusCode()).isEqualTo(401);
    assertThat(app.postHook(bytes(body), SIGNATURE, "sha256=not-hex").statusCode()).isEqualTo(401);
  }

  @Test
  void aStaleSignatureOfAnEarlierBodyIsRefusedForAChangedBody() {
    String earlier = IntakeApp.fixture("issue_updated_in_progress.json");
    String tampered = IntakeApp.fixture("issue_updated_done.json");

    HttpResponse<String> response = app.postHook(bytes(tampered), SIGNATURE, sign(earlier));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.inboxRows()).isZero();
  }

  @Test
  void aReplayedDeliveryIsAcknowledgedAsADuplicateAndStoredOnce() {
    String body = IntakeApp.fixture("issue_updated_done.json");
    String signature = sign(body);

    HttpResponse<String> first = app.postHook(bytes(body), SIGNATURE, signature, IDENTIFIER, "d-1");
    HttpResponse<String> replay =
        app.postHook(bytes(body), SIGNATURE, signature, IDENTIFIER, "d-1");

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(replay.statusCode()).isEqualTo(202);
    assertThat(app.jsonOf(replay).path("duplicate").asBoolean()).isTrue();
    assertThat(app.inboxRows()).isEqualTo(1);
  }

  @Test
  void deliveriesArrivingTogetherAreEachAnsweredOnceStoredAndRepeatsAsDuplicates()
      throws Exception {
    int unique = 60;
    List<Callable<HttpResponse<String>>> deliveries = new ArrayList<>();
    for (int i = 0; i < unique; i++) {
      String identifier = "d-" + i;
      deliveries.add(() -> app.deliver("issue_updated_done.json", identifier));
      if (i % 3 == 0) {
        deliveries.add(() -> app.deliver("issue_updated_done.json", identifier));
      }
    }
    ExecutorService jira = Executors.newFixedThreadPool(16);
    Map<String, Integer> answers = new HashMap<>();
    try {
      for (Future<HttpResponse<String>> delivery : jira.invokeAll(deliveries)) {
        HttpResponse<String> response = delivery.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(202);
        app.jsonOf(response).fieldNames().forEachRemaining(f -> answers.merge(f, 1, Integer::sum));
      }
    } finally {
      jira.shutdownNow();
    }

    assertThat(answers).isEqualTo(Map.of("accepted", unique, "duplicate", unique / 3));
    assertThat(app.inboxRows()).isEqualTo(unique);
  }

  @Test
  void aDeliveryIsTimedUnderItsRouteWithTheStatusItWasAnswered() {
    app.deliver("issue_updated_done.json", "d-1");

    assertThat(app.getPath("/metrics").body())
        .contains(
            "http_server_requests_seconds_count{method=\"POST\",route=\"/hooks/jira\","
                + "status=\"202\"} 1");
  }

  @Test
  void aDeliveryTheInboxCannotStoreIsAnswered500AndStoredWhenJiraSendsItAgain() {
    app.execute("ALTER TABLE inbox RENAME TO inbox_away");

    HttpResponse<String> refused = app.deliver("issue_updated_done.json", "d-1");

    assertThat(refused.statusCode()).isEqualTo(500);
    assertThat(app.jsonOf(refused).path("error").asText()).isEqualTo("internal error");

    app.execute("ALTER TABLE inbox_away RENAME TO inbox");
    HttpResponse<String> retried = app.deliver("issue_updated_done.json", "d-1");

    assertThat(retried.statusCode()).isEqualTo(202);
    assertThat(app.jsonOf(retried).path("accepted").asBoolean()).isTrue();
    assertThat(app.dedupeKeys()).containsExactly("webhook:d-1");
  }

  @Test
  void theSameChangeDeliveredWithoutIdentifierIsStoredOnceByItsChangelogId() {
    String body = IntakeApp.fixture("issue_updated_done.json");

    app.postHook(bytes(body), SIGNATURE, sign(body));
    HttpResponse<String> again = app.postHook(bytes(body), SIGNATURE, sign(body));

    assertThat(app.jsonOf(again).path("duplicate").asBoolean()).isTrue();
    assertThat(app.dedupeKeys()).containsExactly("jira:issue_updated:10042:10101");
  }

  @Test
  void anIssueCreationWithoutIdentifierIsKeyedByEventAndIssue() {
    String body = IntakeApp.fixture("issue_created.json");

    app.postHook(bytes(body), SIGNATURE, sign(body));

    assertThat(app.dedupeKeys()).containsExactly("jira:issue_created:10042");
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedWith413AndNotStored() {
    String padding = "x".repeat(1024 * 1024);
    String body =
        "{\"webhookEvent\":\"jira:issue_created\",\"issue\":{\"id\":\"1\",\"key\":\"ORD-1\","
            + "\"fields\":{\"description\":\""
            + padding
            + "\"}}}";

    HttpResponse<String> response = app.postHook(bytes(body), SIGNATURE, sign(body));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(app.jsonOf(response).path("error").asText()).contains("1048576 bytes");
    assertThat(app.inboxRows()).isZero();
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedWith400AndAOneLineReason() {
    String body = "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {";

    HttpResponse<String> response = app.postHook(bytes(body), SIGNATURE, sign(body));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(app.jsonOf(response).path("error").asText())
        .startsWith("body is not valid JSON")
        .doesNotContain("\n");
    assertThat(app.inboxRows()).isZero();
  }

  @Test
  void anEventWithoutTheFieldsWeNeedIsRefusedWith400() {
    String noEvent = "{\"issue\": {\"id\": \"10042\", \"key\": \"ORD-42\"}}";
    String noKey = "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"id\": \"10042\"}}";
    String noId = "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"key\": \"ORD-42\"}}";

    HttpResponse<String> a = app.postHook(bytes(noEvent), SIGNATURE, sign(noEvent));
    HttpResponse<String> b = app.postHook(bytes(noKey), SIGNATURE, sign(noKey));
    HttpResponse<String> c = app.postHook(bytes(noId), SIGNATURE, sign(noId));

    assertThat(a.statusCode()).isEqualTo(400);
    assertThat(app.jsonOf(a).path("error").asText()).isEqualTo("webhookEvent is missing");
    assertThat(app.jsonOf(b).path("error").asText()).isEqualTo("issue.key is missing");
    assertThat(app.jsonOf(c).path("error").asText()).isEqualTo("issue.id is missing");
    assertThat(app.inboxRows()).isZero();
  }

  @Test
  void eventsWeDoNotHandleAreAcknowledgedAndNotStored() {
    HttpResponse<String> comment = app.deliver("comment_created.json", "d-1");
    HttpResponse<String> priority = app.deliver("issue_updated_priority_only.json", "d-2");

    assertThat(comment.statusCode()).isEqualTo(202);
    assertThat(app.jsonOf(comment).path("ignored").asBoolean()).isTrue();
    assertThat(priority.statusCode()).isEqualTo(202);
    assertThat(app.jsonOf(priority).path("ignored").asBoolean()).isTrue();
    assertThat(app.inboxRows()).isZero();
  }

  @Test
  void unsignedDeliveriesAreAcceptedOnlyWhenTheConfigAllowsThem() {
    byte[] body = bytes(IntakeApp.fixture("issue_updated_done.json"));
    try (IntakeApp lenient =
        new IntakeApp(kind, Map.of("LO_JIRA_ALLOW_UNSIGNED_WEBHOOKS", "true"))) {
      assertThat(lenient.postHook(body).statusCode()).isEqualTo(202);
      assertThat(lenient.postHook(body, SIGNATURE, "sha256=00").statusCode())
          .as("a wrong signature is still wrong")
          .isEqualTo(401);
    }
  }
}
