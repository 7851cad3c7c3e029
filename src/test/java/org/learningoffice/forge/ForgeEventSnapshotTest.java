package org.learningoffice.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.order.InboxWorker;
import org.learningoffice.testing.ForgeSite;
import org.learningoffice.testing.HttpCalls;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.TestJson;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * Forge's issue events carry a cut-down issue (Forge's events reference: summary, issue type,
 * creator, created, project, reporter, assignee and status, users by account id only): the order is
 * read from the issue as Jira has it, not from that snapshot.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ForgeEventSnapshotTest {
  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final ObjectMapper json = TestJson.mapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final RSAKey key = ForgeSite.newKey("forge-key");
  private final ForgeSite site = new ForgeSite().publish(key);
  private TestApp app;
  private JsonNode webhookIssue;

  ForgeEventSnapshotTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void start() throws IOException {
    app =
        TestApp.from("base.yml", "intake.yml", "jira-wiremock.yml", "capture-jira.yml")
            .set("jira.baseUrl", wireMock.baseUrl().toString())
            .set("forge.appId", ForgeSite.APP_ID)
            .set("forge.jwksUrl", site.jwksUrl().toString())
            .set("forge.installationId", ForgeSite.INSTALLATION_ID)
            .database(kind)
            .jiraWaitsOnTheClock()
            .serveHttp();
    try (InputStream in = getClass().getResourceAsStream("/webhooks/issue_created.json")) {
      webhookIssue = json.readTree(in).path("issue");
    }
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    site.close();
  }

  @Test
  void anOrderCreatedThroughForgeGetsItsStrategyCustomerAndPriorityFromJira() {
    wireMock
        .server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/issue/" + JiraOrder.ISSUE_ID))
                .willReturn(okJson(webhookIssue.toString())));

    HttpResponse<String> response = trigger(documentedCreatedEvent());
    app.get(InboxWorker.class).drain();

    assertThat(response.statusCode()).isEqualTo(202);
    Map<String, Object> order =
        upper(app.rows("SELECT issue_key, customer, strategy, priority FROM orders").get(0));
    assertThat(order)
        .containsEntry("ISSUE_KEY", JiraOrder.ISSUE_KEY)
        .containsEntry("CUSTOMER", "Acme Industries AB")
        .containsEntry("STRATEGY", "ETO")
        .containsEntry("PRIORITY", "High");
    assertThat(
            wireMock
                .server()
                .findAll(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/10042")))
                .size())
        .isEqualTo(1);
  }

  /** {@code avi:jira:created:issue} for ORD-42 with the fields Forge documents, and no others. */
  private byte[] documentedCreatedEvent() {
    JsonNode fields = webhookIssue.path("fields");
    ObjectNode issue = json.createObjectNode().put("id", "10042").put("key", "ORD-42");
    ObjectNode slim = issue.putObject("fields");
    slim.set("summary", fields.path("summary"));
    slim.set("issuetype", fields.path("issuetype"));
    slim.putObject("creator").put("accountId", fields.path("reporter").path("accountId").asText());
    slim.set("created", fields.path("created"));
    slim.set("project", fields.path("project"));
    slim.putObject("reporter").put("accountId", fields.path("reporter").path("accountId").asText());
    slim.putObject("assignee").put("accountId", fields.path("assignee").path("accountId").asText());
    slim.set("updated", fields.path("updated"));
    slim.set("status", fields.path("status"));
    ObjectNode event = json.createObjectNode().put("eventType", "avi:jira:created:issue");
    event.set("issue", issue);
    event.put("atlassianId", ForgeSite.ACCOUNT_ID);
    ObjectNode body = json.createObjectNode();
    body.set("payload", event);
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> trigger(byte[] body) {
    String token = ForgeSite.sign(key, ForgeSite.triggerClaims(app.clock().instant()).build());
    HttpRequest request =
        HttpRequest.newBuilder(app.uri("/forge/events"))
            .header("Content-Type", "application/json")
            .header("Authorization", ForgeSite.bearer(token))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HttpCalls.send(http, request);
  }

  private static Map<String, Object> upper(Map<String, Object> row) {
    Map<String, Object> upper = new java.util.TreeMap<>();
    row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
    return upper;
  }
}
