package org.learningoffice.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.config.Secret;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraAuth;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraPermission;
import org.learningoffice.jira.JiraSite;
import org.learningoffice.jira.JiraTimeouts;
import org.learningoffice.jira.NewIssue;
import org.learningoffice.jira.OkHttpJiraClient;
import org.learningoffice.jira.RemoteLink;
import org.learningoffice.jira.RetryPolicy;
import org.learningoffice.jira.SearchQuery;
import org.learningoffice.testing.HttpCalls;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The sandbox answers the real Jira client the way Jira Cloud does: every exchange passes through a
 * WireMock proxy that checks it against Atlassian's OpenAPI spec.
 */
class SandboxJiraTest {
  private static final String EMAIL = "bot@example.com";
  private static final Secret TOKEN = Secret.of("sandbox-token");

  @RegisterExtension final JiraWireMock spec = new JiraWireMock();

  private final ObjectMapper json = new ObjectMapper();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private SandboxJira sandbox;
  private JiraClient jira;

  @BeforeEach
  void start() {
    sandbox = new SandboxJira(json, clock, SandboxOrder.bundled(json), EMAIL, TOKEN).start(0);
    spec.server()
        .stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(sandbox.baseUrl().toString())));
    jira = client(spec.baseUrl(), TOKEN);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private JiraClient client(URI base, Secret token) {
    JiraSite site =
        new JiraSite(
            base,
            Optional.of(Deployment.CLOUD),
            new JiraAuth.CloudApiToken(EMAIL, token),
            new JiraTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)),
            RetryPolicy.defaults());
    return OkHttpJiraClient.create(site, json);
  }

  @Test
  void seedsADozenOrdersAcrossEveryStrategy() {
    List<SandboxOrder> seed = SandboxOrder.bundled(json);

    assertThat(seed).hasSizeBetween(10, 14);
    assertThat(seed.stream().map(SandboxOrder::strategy).distinct()).hasSize(4);
    assertThat(sandbox.orderKeys()).hasSameSizeAs(seed);
  }

  @Test
  void answersSignInServerInfoPermissionsAndFieldsInSpec() {
    assertThat(jira.server().serverInfo().deploymentType()).isEqualTo("Cloud");
    assertThat(jira.account().myself().displayName()).isEqualTo("Learning Office Bot");
    assertThat(
            jira.account().permissions("ORD", EnumSet.of(JiraPermission.BROWSE_PROJECTS)).granted())
        .containsEntry(JiraPermission.BROWSE_PROJECTS, true);
    assertThat(jira.fields().fields())
        .anyMatch(field -> field.id().equals(IssueJson.CUSTOMER_FIELD));
  }

  @Test
  void searchPagesThroughTheOrdersAndFiltersClosedOnes() {
    List<Issue> all =
        jira.search().issues(SearchQuery.of("project = ORD ORDER BY key").withPageSize(5)).toList();
    assertThat(all).extracting(Issue::key).containsExactlyElementsOf(sandbox.orderKeys());

    sandbox.close("ORD-101");
    sandbox.close("ORD-104");
    List<Issue> closed =
        jira.search()
            .issues(SearchQuery.of("project = ORD AND statusCategory = Done AND resolved >= -1d"))
            .toList();
    assertThat(closed).extracting(Issue::key).containsExactly("ORD-101", "ORD-104");
    assertThat(closed).allMatch(issue -> issue.status().isDone());
    assertThat(jira.search().count("project = ORD AND statusCategory = Done")).isEqualTo(2);
  }

  @Test
  void closingATicketRecordsTheChangeAndShapesTheWebhookLikeJira() {
    ObjectNode event = sandbox.close("ORD-103").orElseThrow();

    assertThat(event.path("webhookEvent").asText()).isEqualTo("jira:issue_updated");
    assertThat(event.path("changelog").path("items").get(0).path("toString").asText())
        .isEqualTo("Done");
    assertThat(
            event
                .path("issue")
                .path("fields")
                .path("status")
                .path("statusCategory")
                .path("key")
                .asText())
        .isEqualTo("done");
    assertThat(sandbox.close("ORD-103")).as("already done").isEmpty();

    Issue read = jira.issues().getWithChangelog("ORD-103", List.of());
    assertThat(read.changelog()).hasSize(1);
    assertThat(read.resolved()).isPresent();
  }

  @Test
  void remoteLinkWithTheSameGlobalIdIsUpdatedNotAdded() {
    RemoteLink link =
        new RemoteLink(
            "learning-office:ORD-102",
            "Lessons learned — capture form",
            URI.create("http://localhost:8080/capture/abc"),
            "Tell us what you learned",
            Optional.empty(),
            false);
    jira.remoteLinks().createOrUpdate("ORD-102", link);
    jira.remoteLinks()
        .createOrUpdate(
            "ORD-102",
            new RemoteLink(
                link.globalId(), link.title(), link.url(), link.summary(), Optional.empty(), true));

    assertThat(sandbox.formUrl("ORD-102")).contains("http://localhost:8080/capture/abc");
    assertThat(sandbox.formLinkResolved("ORD-102")).isTrue();
  }

  @Test
  void commentsPropertiesAndNewIssuesAreKept() {
    jira.comments()
        .add("ORD-105", Document.of(Document.Paragraph.of(Document.text("<b>not bold</b>"))));
    jira.properties().set("ORD-105", "learning-office", json.createObjectNode().put("lessons", 2));
    var created =
        jira.issues()
            .create(
                new NewIssue(
                    "LO",
                    "Task",
                    "Learning office digest 2026-W48",
                    Document.of(Document.Paragraph.of(Document.text("digest"))),
                    List.of("learning-office")));

    assertThat(sandbox.commentCount("ORD-105")).isEqualTo(1);
    assertThat(jira.properties().get("ORD-105", "learning-office"))
        .hasValueSatisfying(value -> assertThat(value.path("lessons").asInt()).isEqualTo(2));
    assertThat(created.key()).startsWith("LO-");
    assertThat(jira.properties().get("ORD-105", "no-such-property")).isEmpty();
  }

  @Test
  void aCommentOrAPropertyOverJirasLimitsIsRefusedAsJiraRefusesIt() {
    Document tooLong =
        Document.of(Document.Paragraph.of(Document.text("x".repeat(CommentResource.MAX_CHARS))));
    ObjectNode tooBig = json.createObjectNode().put("text", "x".repeat(PropertyResource.MAX_CHARS));

    assertThatThrownBy(() -> jira.comments().add("ORD-105", tooLong))
        .isInstanceOfSatisfying(JiraException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("32,767 characters");
    assertThatThrownBy(() -> jira.properties().set("ORD-105", "learning-office", tooBig))
        .isInstanceOfSatisfying(JiraException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(sandbox.commentCount("ORD-105")).isZero();
    assertThat(sandbox.property("ORD-105", "learning-office")).isEmpty();
  }

  @Test
  void aCommentBodyThatIsNotAValidAdfDocumentIsRefusedAsJiraRefusesIt() {
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((EMAIL + ":" + TOKEN.reveal()).getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newHttpClient();
    String emptyText =
        "{\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\","
            + "\"content\":[{\"type\":\"text\",\"text\":\"\"}]}]}}";
    String noDoc = "{\"body\":{\"text\":\"plain\"}}";

    for (String request : List.of(emptyText, noDoc)) {
      var answer =
          HttpCalls.send(
              http,
              HttpRequest.newBuilder(sandbox.baseUrl().resolve("/rest/api/3/issue/ORD-105/comment"))
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(request))
                  .build());
      assertThat(answer.statusCode()).as(request).isEqualTo(400);
    }
    assertThat(sandbox.commentCount("ORD-105")).isZero();
  }

  @Test
  void theNewestCommentsArePagedNewestFirstAsAsked() {
    for (int i = 1; i <= 3; i++) {
      jira.comments()
          .add("ORD-105", Document.of(Document.Paragraph.of(Document.text("comment " + i))));
    }

    var newest = jira.comments().newest("ORD-105", 2);

    assertThat(newest).hasSize(2);
    assertThat(newest.get(0).contains("comment 3")).isTrue();
    assertThat(newest.get(1).contains("comment 2")).isTrue();
  }

  @Test
  void anIssueLinkIsKeptOnBothTicketsAndARepeatedOneAddsNothing() {
    var created =
        jira.issues()
            .create(
                new NewIssue(
                    "LO",
                    "Task",
                    "Pre-cut door variant in stock",
                    Document.of(Document.Paragraph.of(Document.text("action"))),
                    List.of("learning-office-action")));

    jira.issueLinks().link("Relates", created.key(), "ORD-105");
    jira.issueLinks().link("Relates", created.key(), "ORD-105");

    assertThat(sandbox.linkedIssues("ORD-105"))
        .containsExactly(
            new SandboxJira.LinkedIssue(created.key(), "Pre-cut door variant in stock", "Relates"));
    assertThat(sandbox.linkedIssues(created.key())).hasSize(1);
    assertThatThrownBy(() -> jira.issueLinks().link("Relates", created.key(), "ORD-999"))
        .isInstanceOf(org.learningoffice.jira.JiraException.class);
  }

  @Test
  void unknownTicketIsA404AndAWrongTokenA401() {
    assertThatThrownBy(() -> jira.issues().get("ORD-999", List.of()))
        .isInstanceOfSatisfying(JiraException.class, e -> assertThat(e.status()).isEqualTo(404));

    JiraClient stranger = client(spec.baseUrl(), Secret.of("wrong"));
    assertThatThrownBy(() -> stranger.account().myself())
        .isInstanceOfSatisfying(JiraException.class, e -> assertThat(e.status()).isEqualTo(401));
  }
}
