package org.learningoffice.digest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.learningoffice.digest.DigestFixtures.WEEK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.digest.delivery.DigestSender;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * Slack and Teams webhooks against WireMock, the Jira issue against the spec-checked Jira WireMock
 * (Cloud: ADF; Data Center: wiki markup), each with the hostile lesson.
 */
class DigestChatAndJiraTest {
  private static final String CLOUD_SEARCH = "/rest/api/3/search/jql";
  private final ObjectMapper json = new ObjectMapper();
  private WireMockServer hooks;
  private TestDatabase db;
  private Seed seed;

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  @BeforeEach
  void open() {
    hooks = new WireMockServer(options().dynamicPort());
    hooks.start();
    db = TestDatabase.open(TestDatabase.Kind.H2);
  }

  @AfterEach
  void close() {
    hooks.stop();
    db.close();
  }

  private TestApp app(TestApp.Builder builder) {
    TestApp app = builder.database(db).build();
    seed = new Seed(app.database());
    Hostile.seed(seed);
    return app;
  }

  @Test
  void slackAndTeamsWebhooksGetEscapedBodiesOnce() throws Exception {
    hooks.stubFor(
        post("/slack/T0/B0/secret").willReturn(aResponse().withStatus(200).withBody("ok")));
    hooks.stubFor(post("/teams/hook").willReturn(aResponse().withStatus(202)));
    TestApp app =
        app(
            DigestFixtures.app()
                .set("digest.slack.webhookUrl", hooks.baseUrl() + "/slack/T0/B0/secret")
                .set("digest.teams.webhookUrl", hooks.baseUrl() + "/teams/hook"));
    try (app) {
      DigestSender sender = app.get(DigestSender.class);
      assertThat(sender.send(WEEK).sent()).isEqualTo(2);
      assertThat(sender.send(WEEK).sent()).isZero();
    }

    List<LoggedRequest> slack =
        hooks.findAll(postRequestedFor(urlPathEqualTo("/slack/T0/B0/secret")));
    assertThat(slack).hasSize(1);
    assertThat(slack.get(0).getHeader("Content-Type")).startsWith("application/json");
    JsonNode slackBody = json.readTree(slack.get(0).getBodyAsString());
    assertThat(slackBody.at("/blocks/0/type").asText()).isEqualTo("header");
    String slackText = slackBody.toString();
    assertThat(slackText)
        .doesNotContain("<!channel>", "<!here>", "<@U024BE7LH>", "<script>")
        .contains("&lt;!channel&gt;");

    List<LoggedRequest> teams = hooks.findAll(postRequestedFor(urlPathEqualTo("/teams/hook")));
    assertThat(teams).hasSize(1);
    JsonNode card = json.readTree(teams.get(0).getBodyAsString()).at("/attachments/0/content");
    assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.toString())
        .doesNotContain("[click](https://evil.example)")
        .contains("\\\\[click\\\\]");
  }

  @Test
  void aRefusingWebhookIsRecordedAsFailedWithoutItsSecretUrl() {
    hooks.stubFor(post("/slack/T0/B0/secret").willReturn(aResponse().withStatus(500)));
    TestApp app =
        app(
            DigestFixtures.app()
                .set("digest.slack.webhookUrl", hooks.baseUrl() + "/slack/T0/B0/secret"));
    try (app) {
      DigestSender.Outcome outcome = app.get(DigestSender.class).send(WEEK);

      assertThat(outcome.failed()).isEqualTo(1);
      String error =
          db.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT last_error FROM digest_deliveries")
                          .mapTo(String.class)
                          .one());
      assertThat(error).contains("HTTP 500").doesNotContain("secret");
    }
  }

  @Test
  void jiraCloudGetsTheDigestAsAnAdfIssue() throws Exception {
    jiraCreatesIssues("/rest/api/3/issue", "cloud/issue-created.json");
    try (TestApp app = jiraApp()) {
      assertThat(app.get(DigestSender.class).send(WEEK).sent()).isEqualTo(1);
      assertThat(app.get(DigestSender.class).send(WEEK).sent()).isZero();
    }

    jira.server()
        .verify(
            1,
            postRequestedFor(urlPathEqualTo("/rest/api/3/issue"))
                .withRequestBody(matchingJsonPath("$.fields.project.key", equalTo("LO")))
                .withRequestBody(matchingJsonPath("$.fields.description.type", equalTo("doc"))));
    String body =
        jira.server()
            .findAll(postRequestedFor(urlPathEqualTo("/rest/api/3/issue")))
            .get(0)
            .getBodyAsString();
    JsonNode texts = json.readTree(body).at("/fields/description");
    // line breaks become hardBreak nodes; each line stays one plain text node
    assertThat(textNodes(texts))
        .contains(
            "<script>alert('x')</script>",
            "{code}System.exit(0);{code} [~admin] h1. not a heading");
  }

  @Test
  void jiraDataCenterGetsTheDigestInEscapedWikiMarkup() throws Exception {
    jiraCreatesIssues("/rest/api/2/issue", "datacenter/issue-created.json");
    try (TestApp app = jiraApp("jira-datacenter.yml")) {
      assertThat(app.get(DigestSender.class).send(WEEK).sent()).isEqualTo(1);
    }

    String body =
        jira.server()
            .findAll(postRequestedFor(urlPathEqualTo("/rest/api/2/issue")))
            .get(0)
            .getBodyAsString();
    String description = json.readTree(body).at("/fields/description").asText();
    assertThat(description)
        .contains("\\{code\\}System.exit\\(0\\);\\{code\\}")
        .contains("<\\!channel>")
        .contains("[ORD\\-66|" + jira.baseUrl() + "/browse/ORD-66]")
        .doesNotContain("{code}System");
  }

  @Test
  void aBusyWeeksJiraIssueStaysWithinJiraFieldLimitOnCloudAndDataCenterAndStillLinksTheDashboard()
      throws Exception {
    jiraCreatesIssues("/rest/api/3/issue", "cloud/issue-created.json");
    jiraCreatesIssues("/rest/api/2/issue", "datacenter/issue-created.json");
    try (TestApp app = jiraApp()) {
      seed.busyWeek(4_900);
      assertThat(app.get(DigestSender.class).send(WEEK).sent()).isEqualTo(1);
    }
    db.close();
    db = TestDatabase.open(TestDatabase.Kind.H2);
    try (TestApp app = jiraApp("jira-datacenter.yml")) {
      seed.busyWeek(4_900);
      assertThat(app.get(DigestSender.class).send(WEEK).sent()).isEqualTo(1);
    }

    // Jira refuses a description over 32,767 characters with a 400: the week's issue would fail on
    // every retry
    JsonNode adf = json.readTree(sentBody("/rest/api/3/issue")).at("/fields/description");
    assertThat(json.writeValueAsString(adf).length()).isLessThanOrEqualTo(32_767);
    assertThat(String.join("\n", textNodes(adf)))
        .contains("Handover number 0")
        .contains("longer than a Jira issue holds")
        .contains("open 2026-W48 on the dashboard");
    String wiki = json.readTree(sentBody("/rest/api/2/issue")).at("/fields/description").asText();
    assertThat(wiki.length()).isLessThanOrEqualTo(32_767);
    assertThat(wiki)
        .contains("Handover number 0")
        .contains("longer than a Jira issue holds")
        .contains("https://lo.example.com/office?week=2026-W48");
  }

  @Test
  void aDigestIssueWhoseAnswerWasLostIsLookedForNextTimeAndNotFiledTwice() throws Exception {
    // a gateway gave up waiting on a Jira node that went on to file the issue
    jira.server()
        .stubFor(post(urlPathEqualTo("/rest/api/3/issue")).willReturn(aResponse().withStatus(503)));
    jira.server()
        .stubFor(
            post(urlPathEqualTo(CLOUD_SEARCH))
                .willReturn(okJson(fixture("cloud/search-empty.json"))));
    try (TestApp app = jiraApp()) {
      DigestSender.Outcome first = app.get(DigestSender.class).send(WEEK);
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.unknown()).isZero();

      // the week's labels find the issue Jira filed after all
      jira.server()
          .stubFor(
              post(urlPathEqualTo(CLOUD_SEARCH))
                  .willReturn(okJson(fixture("cloud/search-ORD-42.json"))));
      app.clock().advance(Duration.ofMinutes(2));
      assertThat(app.get(DigestSender.class).send(WEEK).sent()).isEqualTo(1);
    }

    jira.server().verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
    assertThat(jira.server().findAll(postRequestedFor(urlPathEqualTo(CLOUD_SEARCH))))
        .extracting(this::jql)
        .containsOnly(
            "project = \"LO\" AND labels = \"learning-office-digest\""
                + " AND labels = \"digest-2026-W48\"");
  }

  private String jql(LoggedRequest search) {
    try {
      return json.readTree(search.getBodyAsString()).path("jql").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void jiraCreatesIssues(String path, String answer) throws Exception {
    jira.server().stubFor(post(path).willReturn(okJson(fixture(answer)).withStatus(201)));
    // the week's issue is looked for first: none filed yet
    jira.server()
        .stubFor(
            post(urlPathEqualTo(CLOUD_SEARCH))
                .willReturn(okJson(fixture("cloud/search-empty.json"))));
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/2/search"))
                .willReturn(okJson("{\"startAt\":0,\"maxResults\":1,\"total\":0,\"issues\":[]}")));
  }

  /** The app with the digest's Jira channel on the stubbed Jira. */
  private TestApp jiraApp(String... overlays) {
    return app(
        DigestFixtures.app(overlays)
            .set("jira.baseUrl", jira.baseUrl().toString())
            .set("digest.jira.projectKey", "LO"));
  }

  private String sentBody(String path) {
    return jira.server().findAll(postRequestedFor(urlPathEqualTo(path))).get(0).getBodyAsString();
  }

  private static List<String> textNodes(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    if (node.has("text") && node.get("text").isTextual()) {
      out.add(node.get("text").asText());
    }
    node.forEach(child -> out.addAll(textNodes(child)));
    return out;
  }

  private static String fixture(String name) throws Exception {
    try (InputStream in = DigestChatAndJiraTest.class.getResourceAsStream("/jira/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
