package org.learningoffice.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.feedforward.EarlierOrders;
import org.learningoffice.order.InboxWorker;
import org.learningoffice.testing.ForgeSite;
import org.learningoffice.testing.HttpCalls;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.TestJson;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The service as a Forge Remote backend: trigger events through the webhook's inbox, and the issue
 * panel's calls through the form's lesson service, each behind a verified invocation token.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ForgeRemoteTest {
  private static final String ISSUE_ID = "10042";

  private final ObjectMapper json = TestJson.mapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final RSAKey key = ForgeSite.newKey("forge-key");
  private final ForgeSite site = new ForgeSite().publish(key);
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private TestApp app;

  ForgeRemoteTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void start() {
    app =
        TestApp.from("base.yml", "intake.yml", "jira-wiremock.yml")
            .set("jira.baseUrl", jira.baseUrl().toString())
            .set("forge.appId", ForgeSite.APP_ID)
            .set("forge.jwksUrl", site.jwksUrl().toString())
            .set("forge.installationId", ForgeSite.INSTALLATION_ID)
            .database(kind)
            .serveHttp();
  }

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
    site.close();
  }

  private String triggerToken() {
    return ForgeSite.sign(key, ForgeSite.triggerClaims(app.clock().instant()).build());
  }

  private String panelToken() {
    return ForgeSite.sign(
        key,
        ForgeSite.panelClaims(app.clock().instant(), ISSUE_ID, jira.baseUrl().toString()).build());
  }

  /**
   * A webhook fixture as Forge sends the same change to a remote: {"payload": {event}}; Jira
   * answers for the issue as the fixture has it.
   */
  private byte[] forgeEvent(String fixture, String eventType) {
    try (InputStream in = getClass().getResourceAsStream("/webhooks/" + fixture)) {
      JsonNode webhook = json.readTree(in);
      jira.server()
          .stubFor(
              WireMock.get(
                      urlPathEqualTo(
                          "/rest/api/3/issue/" + webhook.path("issue").path("id").asText()))
                  .willReturn(okJson(webhook.path("issue").toString())));
      ObjectNode event = json.createObjectNode().put("eventType", eventType);
      event.set("issue", webhook.path("issue"));
      if (webhook.has("changelog")) {
        event.set("changelog", webhook.path("changelog"));
      }
      event.put("atlassianId", ForgeSite.ACCOUNT_ID);
      ObjectNode body = json.createObjectNode();
      body.set("payload", event);
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> post(String path, String token, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", ForgeSite.bearer(token));
    }
    return send(request.build());
  }

  private HttpResponse<String> get(String path, String token) {
    return send(
        HttpRequest.newBuilder(app.uri(path))
            .header("Authorization", ForgeSite.bearer(token))
            .GET()
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    return HttpCalls.send(http, request);
  }

  private JsonNode jsonOf(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void orderCreated() {
    assertThat(
            post(
                    "/forge/events",
                    triggerToken(),
                    forgeEvent("issue_created.json", "avi:jira:created:issue"))
                .statusCode())
        .isEqualTo(202);
    app.get(InboxWorker.class).drain();
  }

  private byte[] lesson(String title, String nonce) {
    try {
      return json.writeValueAsBytes(
          Map.of(
              "title", title,
              "text",
                  "The fixture drawings were late because the customer changed the press model.",
              "stage", "ENGINEERING",
              "author", "Alice Andersson",
              "nonce", nonce));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aTriggerEventSentTwiceIsStoredOnceAppliedLikeAWebhookAndTheFormIsAttached() {
    byte[] done = forgeEvent("issue_updated_done.json", "avi:jira:updated:issue");

    HttpResponse<String> first = post("/forge/events", triggerToken(), done);
    HttpResponse<String> retry = post("/forge/events", triggerToken(), done);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(jsonOf(first).path("accepted").asBoolean()).isTrue();
    assertThat(retry.statusCode()).isEqualTo(202);
    assertThat(jsonOf(retry).path("duplicate").asBoolean()).isTrue();
    assertThat(app.texts("SELECT dedupe_key FROM inbox"))
        .as("the webhook's own key for the change")
        .containsExactly("jira:issue_updated:10042:10101");
    assertThat(app.get(InboxWorker.class).drain()).isEqualTo(1);
    assertThat(app.texts("SELECT kind || ' ' || job_key FROM outbox"))
        .containsExactly("ATTACH_FORM attach-form:10042");
    assertThat(app.texts("SELECT issue_key FROM orders")).containsExactly("ORD-42");
  }

  @Test
  void aDeletionEventCancelsTheFormOfAnOrderJiraNoLongerHas() {
    byte[] done = forgeEvent("issue_updated_done.json", "avi:jira:updated:issue");
    assertThat(post("/forge/events", triggerToken(), done).statusCode()).isEqualTo(202);
    app.get(InboxWorker.class).drain();
    byte[] deleted = forgeEvent("issue_updated_done.json", "avi:jira:deleted:issue");
    jira.server()
        .stubFor(
            WireMock.get(urlPathEqualTo("/rest/api/3/issue/10042"))
                .willReturn(
                    WireMock.jsonResponse(
                        "{\"errorMessages\":[\"Issue does not exist or you do not have"
                            + " permission to see it.\"],\"errors\":{}}",
                        404)));

    assertThat(post("/forge/events", triggerToken(), deleted).statusCode()).isEqualTo(202);
    app.get(InboxWorker.class).drain();

    assertThat(app.texts("SELECT dedupe_key FROM inbox ORDER BY id"))
        .containsExactly("jira:issue_updated:10042:10101", "jira:issue_deleted:10042");
    assertThat(app.texts("SELECT status FROM orders")).containsExactly("DELETED");
    assertThat(app.texts("SELECT kind || ' ' || status FROM outbox"))
        .containsExactly("ATTACH_FORM CANCELLED");
  }

  @Test
  void aTriggerEventWithoutAValidTokenIsRefusedAndNothingIsStored() {
    byte[] done = forgeEvent("issue_updated_done.json", "avi:jira:updated:issue");
    RSAKey stranger = ForgeSite.newKey("stranger");

    HttpResponse<String> none = post("/forge/events", null, done);
    HttpResponse<String> forged =
        post(
            "/forge/events",
            ForgeSite.sign(stranger, ForgeSite.triggerClaims(app.clock().instant()).build()),
            done);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(jsonOf(none).path("error").asText()).contains("Authorization");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(app.count("SELECT COUNT(*) FROM inbox")).isZero();
  }

  /**
   * The issue view's frontend chooses the path of its {@code invokeRemote} calls, so any Jira user
   * who can open the panel can send a body of their own to {@code /forge/events} with a valid token
   * of theirs: an event dated far ahead would make every real change of that order look late.
   */
  @Test
  void anIssueViewCallCannotDeliverAnIssueEvent() throws IOException {
    ObjectNode forged =
        (ObjectNode) json.readTree(forgeEvent("issue_updated_done.json", "avi:jira:updated:issue"));
    ((ObjectNode) forged.path("payload")).put("timestamp", 4_102_444_800_000L); // 2100-01-01

    HttpResponse<String> response =
        post("/forge/events", panelToken(), json.writeValueAsBytes(forged));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(jsonOf(response).path("error").asText()).contains("issue events");
    assertThat(app.count("SELECT COUNT(*) FROM inbox")).isZero();
  }

  @Test
  void anEventWeDoNotHandleIsAcknowledgedAndNotStored() {
    byte[] viewed = forgeEvent("issue_created.json", "avi:jira:viewed:issue");

    HttpResponse<String> response = post("/forge/events", triggerToken(), viewed);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(jsonOf(response).path("ignored").asBoolean()).isTrue();
    assertThat(app.count("SELECT COUNT(*) FROM inbox")).isZero();
  }

  @Test
  void thePanelShowsTheOrdersLessonsAndTakesALessonThroughTheFormsService() {
    orderCreated();

    JsonNode before = jsonOf(get("/forge/panel", panelToken()));
    assertThat(before.path("status").asText()).isEqualTo("OPEN");
    assertThat(before.path("lessons")).isEmpty();
    assertThat(before.path("choices").path("stage").toString()).contains("ENGINEERING");

    HttpResponse<String> stored =
        post(
            "/forge/panel/lessons",
            panelToken(),
            lesson("Late drawings", "nonce-0123456789abcdef"));
    HttpResponse<String> again =
        post(
            "/forge/panel/lessons",
            panelToken(),
            lesson("Late drawings", "nonce-0123456789abcdef"));

    assertThat(stored.statusCode()).isEqualTo(201);
    assertThat(jsonOf(stored).path("lesson").path("title").asText()).isEqualTo("Late drawings");
    assertThat(jsonOf(stored).path("lesson").path("unit").asText()).isNotEmpty();
    assertThat(jsonOf(stored).path("before").asBoolean()).isFalse();
    assertThat(again.statusCode()).as("the same lesson sent again is stored once").isEqualTo(200);
    assertThat(jsonOf(again).path("before").asBoolean()).isTrue();
    assertThat(jsonOf(again).path("lesson").path("id"))
        .isEqualTo(jsonOf(stored).path("lesson").path("id"));
    JsonNode after = jsonOf(get("/forge/panel", panelToken()));
    assertThat(after.path("status").asText()).isEqualTo("CAPTURED");
    assertThat(after.path("lessons")).hasSize(1);
    assertThat(after.path("lessons").path(0).path("author").asText()).isEqualTo("Alice Andersson");
    assertThat(jsonOf(get("/forge/context", panelToken())))
        .isEqualTo(json.createObjectNode().put("lessons", 1).put("status", "CAPTURED"));
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isEqualTo(1);
  }

  @Test
  void thePanelListsTheLessonsFedForwardAndOneMarkedAsHappeningAgainMakesTheLessonRecurrent() {
    orderCreated();
    long order = Long.parseLong(app.text("SELECT id FROM orders WHERE issue_key = 'ORD-42'"));
    EarlierOrders earlier = new EarlierOrders(app);
    long ord7 = earlier.order("9007", "ORD-7", "Welding fixture for Acme", "Acme AB", "ETO");
    long drawings =
        earlier.lesson(
            ord7,
            "Fixture drawings came late",
            "The drawings came two weeks late.",
            "ENGINEERING",
            app.clock().instant().minus(Duration.ofDays(30)));
    String earlierId = earlier.publicId(drawings);
    app.database()
        .jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO feed_forward (order_id, related_url, ranked_at) VALUES (?, ?, ?)",
                  order,
                  "https://lo.example.com/related/token",
                  app.clock().instant());
              h.execute(
                  "INSERT INTO feed_forward_lessons (order_id, lesson_id, place, relevance)"
                      + " VALUES (?, ?, 1, 0.8)",
                  order,
                  drawings);
            });

    JsonNode view = jsonOf(get("/forge/panel", panelToken()));
    ObjectNode sent =
        (ObjectNode) readTree(lesson("Late drawings again", "nonce-0123456789abcdef"));
    sent.putArray("again").add(earlierId).add("not-a-lesson-offered");
    HttpResponse<String> stored = post("/forge/panel/lessons", panelToken(), bytes(sent));

    assertThat(view.path("related")).hasSize(1);
    assertThat(view.path("related").path(0).path("id").asText()).isEqualTo(earlierId);
    assertThat(view.path("related").path(0).path("title").asText())
        .isEqualTo("Fixture drawings came late");
    assertThat(view.path("related").path(0).path("issueKey").asText()).isEqualTo("ORD-7");
    assertThat(stored.statusCode()).isEqualTo(201);
    assertThat(app.text("SELECT recurrence FROM lessons WHERE title = 'Late drawings again'"))
        .isEqualTo("RECURRENT");
  }

  private JsonNode readTree(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] bytes(JsonNode body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> suggest(String lesson) {
    return post("/forge/panel/suggest", panelToken(), lesson.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void thePanelSuggestsFacetsForTheTextSoFar() {
    orderCreated();

    HttpResponse<String> response =
        suggest(
            "{\"title\":\"Late drawings\",\"text\":\"The supplier delivered the steel late\",\"stage\":\"PROCUREMENT\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(jsonOf(response).path("unit").path("label").asText()).isNotEmpty();
  }

  @Test
  void thePanelSuggestsNothingForALessonWithNeitherTitleNorText() {
    orderCreated();

    HttpResponse<String> response =
        suggest("{\"title\":\" \",\"text\":\"\",\"stage\":\"PROCUREMENT\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = jsonOf(response);
    assertThat(answer.has("unit") || answer.has("type") || answer.has("direction"))
        .as("no facet is suggested for nothing written: %s", answer)
        .isFalse();
    assertThat(answer.path("similar")).isEmpty();
  }

  @Test
  void anInvalidLessonIsAnswered422WithAMessagePerFieldAndNothingIsStored() {
    orderCreated();

    HttpResponse<String> response =
        post("/forge/panel/lessons", panelToken(), lesson("", "nonce-0123456789abcdef"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
    assertThat(jsonOf(response).path("fields").path("title").asText()).isNotEmpty();
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void malformedPanelRequestsAreAnswered4xxInJson() {
    orderCreated();

    HttpResponse<String> notJson =
        post("/forge/panel/lessons", panelToken(), "title=x".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> badNonce = post("/forge/panel/lessons", panelToken(), lesson("Late", "x"));
    HttpResponse<String> triggerTokenOnPanel = get("/forge/panel", triggerToken());

    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(jsonOf(notJson).path("error").asText()).contains("JSON");
    assertThat(badNonce.statusCode()).isEqualTo(400);
    assertThat(jsonOf(badNonce).path("error").asText()).contains("nonce");
    assertThat(triggerTokenOnPanel.statusCode())
        .as("a token without a user cannot act in the panel")
        .isEqualTo(401);
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void thePanelOfAnIssueThatIsNoOrderSaysSo() {
    JsonNode view = jsonOf(get("/forge/panel", panelToken()));

    assertThat(view.path("status").asText()).isEqualTo("NOT_AN_ORDER");
    assertThat(
            post("/forge/panel/lessons", panelToken(), lesson("Late", "nonce-0123456789abcdef"))
                .statusCode())
        .isEqualTo(404);
  }
}
