package org.learningoffice.order;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.store.Checkpoints;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.TestJson;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The poller against a spec-checked WireMock Jira: paging on both deployments, the checkpoint and
 * its overlap window, failures that leave the checkpoint alone, and the same close arriving by
 * webhook and by poll.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class OrderPollerTest {
  private static final String CLOUD_SEARCH = "/rest/api/3/search/jql";
  private static final String DC_SEARCH = "/rest/api/2/search";
  private static final String DEFINITION = "(project = ORD AND issuetype = \"Customer Order\")";
  private static final Instant DONE_AT = Instant.ofEpochMilli(1763719200000L);

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private TestApp app;
  private Intake intake;

  OrderPollerTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
  }

  private void app(Deployment deployment) {
    TestApp.Builder builder =
        deployment == Deployment.CLOUD
            ? TestApp.from("base.yml", "intake.yml", "jira-wiremock.yml")
            : TestApp.from("base.yml", "intake.yml", "jira-wiremock.yml", "jira-datacenter.yml");
    app = builder.set("jira.baseUrl", jira.baseUrl().toString()).database(kind).serveHttp();
    intake = new Intake(app);
  }

  private static String fixture(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/jira", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stubCloudPages() {
    jira.server()
        .stubFor(
            post(urlPathEqualTo(CLOUD_SEARCH))
                .willReturn(okJson(fixture("cloud/poll-page-1.json"))));
    jira.server()
        .stubFor(
            post(urlPathEqualTo(CLOUD_SEARCH))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("poll-token-2")))
                .willReturn(okJson(fixture("cloud/poll-page-2.json"))));
  }

  private OrderPoller.Round poll() {
    return app.get(OrderPoller.class).poll();
  }

  /**
   * The service has polled since before the fixtures' orders closed (on 2025-11-21), and was down
   * since: the next round catches up on their closes. Without it the first round reaches back one
   * day from the test clock's 2025-11-24T08:00Z, after those closes.
   */
  private void pollingSince21November() {
    app.get(Checkpoints.class).put(OrderPoller.CHECKPOINT, "2025-11-21T00:00:00Z");
  }

  private List<String> searchedJql(String path) {
    return jira.server().findAll(postRequestedFor(urlPathEqualTo(path))).stream()
        .map(LoggedRequest::getBodyAsString)
        .map(body -> readJson(body).path("jql").asText())
        .toList();
  }

  private static JsonNode readJson(String body) {
    try {
      return TestJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StoredOrder order(String issueId) {
    return app.get(OrderRepository.class).findByIssueId(issueId).orElseThrow();
  }

  private String checkpoint() {
    return app.get(Checkpoints.class).get(OrderPoller.CHECKPOINT).orElse("none");
  }

  @Test
  void cloudPollFollowsNextPageTokensAndStoresEveryOrderFound() {
    app(Deployment.CLOUD);
    pollingSince21November();
    stubCloudPages();

    OrderPoller.Round round = poll();
    intake.drain();

    assertThat(round).isEqualTo(new OrderPoller.Round(3, 3));
    jira.server()
        .verify(
            1,
            postRequestedFor(urlPathEqualTo(CLOUD_SEARCH))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("poll-token-2"))));
    jira.server().verify(2, postRequestedFor(urlPathEqualTo(CLOUD_SEARCH)));
    StoredOrder closed = order("10042");
    assertThat(closed.state().status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(closed.state().closedAtIfSet()).contains(DONE_AT);
    assertThat(closed.customerIfSet()).contains("Acme Industries AB");
    assertThat(closed.strategy()).isEqualTo(Strategy.ETO);
    assertThat(closed.people())
        .extracting(Person::displayName)
        .containsExactly("Alice Andersson", "Bob Berg");
    assertThat(order("10043").state().status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order("10044").strategySource()).isEqualTo(StrategySource.DEFAULT);
    assertThat(intake.outboxJobs())
        .containsExactly("ATTACH_FORM attach-form:10042", "ATTACH_FORM attach-form:10044");
    assertThat(intake.inbox().countsByStatus()).isEqualTo(Map.of("DONE", 3));
  }

  @Test
  void dataCenterPollAdvancesStartAtUntilTheTotal() {
    app(Deployment.DATA_CENTER);
    pollingSince21November();
    jira.server()
        .stubFor(
            post(urlPathEqualTo(DC_SEARCH))
                .withRequestBody(matchingJsonPath("$.startAt", equalTo("0")))
                .willReturn(okJson(fixture("datacenter/poll-page-1.json"))));
    jira.server()
        .stubFor(
            post(urlPathEqualTo(DC_SEARCH))
                .withRequestBody(matchingJsonPath("$.startAt", equalTo("2")))
                .willReturn(okJson(fixture("datacenter/poll-page-2.json"))));

    assertThat(poll()).isEqualTo(new OrderPoller.Round(3, 3));
    intake.drain();

    jira.server().verify(2, postRequestedFor(urlPathEqualTo(DC_SEARCH)));
    assertThat(order("10042").assignee())
        .contains(new Person("alice", "Alice Andersson", Person.ASSIGNEE));
    assertThat(intake.outboxJobs())
        .containsExactly("ATTACH_FORM attach-form:10042", "ATTACH_FORM attach-form:10044");
  }

  /**
   * A Data Center result page for {@code issues}, as Jira pages by {@code startAt} the results as
   * they stand when the page is asked for.
   */
  private static String dataCenterPage(int startAt, int total, List<JsonNode> issues) {
    ObjectNode page = TestJson.mapper().createObjectNode();
    page.put("startAt", startAt).put("maxResults", 2).put("total", total);
    page.putArray("issues").addAll(issues);
    return page.toString();
  }

  /** The Data Center fixtures' issues by id: ORD-42 and ORD-43 on the 21st, ORD-44 on the 24th. */
  private static Map<String, JsonNode> dataCenterIssues() {
    Map<String, JsonNode> issues = new java.util.HashMap<>();
    for (String name : List.of("datacenter/poll-page-1.json", "datacenter/poll-page-2.json")) {
      readJson(fixture(name)).path("issues").forEach(i -> issues.put(i.path("id").asText(), i));
    }
    return issues;
  }

  @Test
  void anOrderEditedBetweenTwoDataCenterPagesMakesTheRoundMissNoOtherOrder() {
    app(Deployment.DATA_CENTER);
    pollingSince21November();
    Map<String, JsonNode> issues = dataCenterIssues();
    JsonNode edited = issues.get("10042").deepCopy();
    ((ObjectNode) edited.path("fields")).put("updated", "2025-11-24T08:59:00.000+0100");
    // Jira answers each page from the results as they are then: ORD-42 is edited (a comment) after
    // the first page was read, which moves it from first to last, oldest change first, or from
    // last to first, newest change first
    stubDataCenterPage("ASC", 0, List.of(issues.get("10042"), issues.get("10043")));
    stubDataCenterPage("ASC", 2, List.of(edited));
    stubDataCenterPage("DESC", 0, List.of(issues.get("10044"), issues.get("10043")));
    stubDataCenterPage("DESC", 2, List.of(issues.get("10043")));

    poll();
    intake.drain();
    // the next round: ORD-42 as edited; a later stub answers before the earlier ones
    jira.server()
        .stubFor(
            post(urlPathEqualTo(DC_SEARCH))
                .willReturn(okJson(dataCenterPage(0, 1, List.of(edited)))));
    app.clock().advance(Duration.ofMinutes(5));
    poll();
    intake.drain();

    assertThat(intake.outboxJobs())
        .containsExactlyInAnyOrder(
            "ATTACH_FORM attach-form:10042", "ATTACH_FORM attach-form:10044");
    assertThat(order("10044").state().status()).isEqualTo(OrderStatus.CLOSED);
  }

  private void stubDataCenterPage(String direction, int startAt, List<JsonNode> issues) {
    jira.server()
        .stubFor(
            post(urlPathEqualTo(DC_SEARCH))
                .withRequestBody(
                    matchingJsonPath("$.jql", containing("ORDER BY updated " + direction)))
                .withRequestBody(matchingJsonPath("$.startAt", equalTo(String.valueOf(startAt))))
                .willReturn(okJson(dataCenterPage(startAt, 3, issues))));
  }

  @Test
  void theSearchAsksForOrdersUpdatedSinceTheCheckpointMinusTheOverlapWithWhatTheHandlerNeeds() {
    app(Deployment.CLOUD);
    jira.server()
        .stubFor(
            post(urlPathEqualTo(CLOUD_SEARCH))
                .willReturn(okJson(fixture("cloud/search-empty.json"))));
    Instant first = app.clock().instant();

    poll();
    app.clock().advance(Duration.ofMinutes(5));
    poll();

    assertThat(searchedJql(CLOUD_SEARCH))
        .as("first round: a day back plus the overlap; then the interval plus the overlap")
        .containsExactly(
            DEFINITION + " AND updated >= \"-1450m\" ORDER BY updated DESC",
            DEFINITION + " AND updated >= \"-15m\" ORDER BY updated DESC");
    assertThat(checkpoint()).isEqualTo(first.plus(Duration.ofMinutes(5)).toString());
    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo(CLOUD_SEARCH))
                .withRequestBody(
                    equalToJson(
                        "{\"fields\":[\"summary\",\"status\",\"priority\",\"assignee\",\"labels\","
                            + "\"components\",\"created\",\"resolutiondate\",\"project\","
                            + "\"issuetype\",\"reporter\",\"updated\",\"description\",\"customfield_10050\","
                            + "\"customfield_10060\"]}",
                        true,
                        true)));
  }

  @Test
  void pollingTheSameChangesAgainStoresNothingNew() {
    app(Deployment.CLOUD);
    stubCloudPages();
    poll();
    intake.drain();

    app.clock().advance(Duration.ofMinutes(5));
    OrderPoller.Round again = poll();

    assertThat(again).isEqualTo(new OrderPoller.Round(3, 0));
    assertThat(intake.inboxRows()).isEqualTo(3);
  }

  @Test
  void aCloseSeenByWebhookAndThenByPollIsOneClose() {
    app(Deployment.CLOUD);
    pollingSince21November();
    stubCloudPages();
    intake.deliver("issue_updated_done.json", "delivery-1");
    intake.drain();

    poll();
    intake.drain();

    assertThat(order("10042").state())
        .isEqualTo(new OrderState(OrderStatus.CLOSED, DONE_AT, null, 1, DONE_AT));
    assertThat(intake.outboxJobs())
        .containsExactly("ATTACH_FORM attach-form:10042", "ATTACH_FORM attach-form:10044");
  }

  @Test
  void aCloseSeenByPollAndThenByWebhookIsOneClose() {
    app(Deployment.CLOUD);
    pollingSince21November();
    stubCloudPages();
    poll();
    intake.drain();

    intake.deliver("issue_updated_done.json", "delivery-1");
    intake.drain();

    assertThat(order("10042").state().closeCount()).isEqualTo(1);
    assertThat(order("10042").state().closedAtIfSet()).contains(DONE_AT);
    assertThat(intake.outboxJobs())
        .containsExactly("ATTACH_FORM attach-form:10042", "ATTACH_FORM attach-form:10044");
    assertThat(intake.inbox().countsByStatus()).isEqualTo(Map.of("DONE", 4));
  }

  @Test
  void aPolledCloseIsDatedByItsResolutionNotByItsLastEdit() {
    app(Deployment.CLOUD);
    pollingSince21November();
    stubCloudPages();

    poll();
    intake.drain();

    // ORD-44 was resolved on 21 November and last edited on 24 November
    assertThat(order("10044").state().closedAtIfSet()).contains(DONE_AT);
    assertThat(order("10044").state().lastEventAt())
        .isEqualTo(Instant.parse("2025-11-24T07:15:00Z"));
  }

  @Test
  void aCloseAfterAReopenIsNotDatedByAResolutionTheWorkflowKeptFromTheFirstClose() {
    app(Deployment.CLOUD);
    pollingSince21November();
    intake.deliver("issue_updated_done.json", "delivery-1"); // closed on the 21st
    intake.deliver("issue_updated_reopened.json", "delivery-2"); // reopened on the 22nd
    intake.drain();
    // closed again on the 23rd; this workflow left the first close's resolution date in place
    JsonNode page = readJson(fixture("cloud/poll-page-1.json"));
    ((ObjectNode) page).put("isLast", true).remove("nextPageToken");
    ((ObjectNode) page.path("issues").path(0).path("fields"))
        .put("updated", "2025-11-23T12:00:00.000+0000");
    jira.server().stubFor(post(urlPathEqualTo(CLOUD_SEARCH)).willReturn(okJson(page.toString())));

    poll();
    intake.drain();

    assertThat(order("10042").state().closedAtIfSet())
        .contains(Instant.parse("2025-11-23T12:00:00Z"));
    assertThat(order("10042").state().closeCount()).isEqualTo(2);
  }

  @Test
  void anOrderFirstMetClosedBeforeTheSpanTheRoundSearchedGetsNoForm() {
    app(Deployment.CLOUD);
    stubCloudPages();

    poll(); // the first round: from a day before 2025-11-24T08:00Z, after the 21st's closes
    intake.drain();

    assertThat(order("10044").state())
        .as("stored with its close, for the dashboard's history")
        .isEqualTo(
            new OrderState(
                OrderStatus.CLOSED, DONE_AT, null, 1, Instant.parse("2025-11-24T07:15:00Z")));
    assertThat(intake.outboxJobs())
        .as("no form on orders closed before the service watched")
        .isEmpty();
  }

  @Test
  void aJiraFailureLeavesTheCheckpointSoTheNextRoundCoversTheSameTime() {
    app(Deployment.CLOUD);
    jira.server()
        .stubFor(
            post(urlPathEqualTo(CLOUD_SEARCH))
                .willReturn(okJson(fixture("cloud/search-empty.json"))));
    poll();
    String before = checkpoint();

    for (int status : new int[] {429, 500}) {
      jira.server()
          .stubFor(
              post(urlPathEqualTo(CLOUD_SEARCH))
                  .willReturn(aResponse().withStatus(status).withHeader("Retry-After", "1")));
      app.clock().advance(Duration.ofMinutes(5));
      assertThatThrownBy(this::poll).isInstanceOf(JiraUnavailableException.class);
      assertThat(checkpoint()).as("after HTTP " + status).isEqualTo(before);
    }
    stubCloudPages();
    app.clock().advance(Duration.ofMinutes(5));
    OrderPoller.Round recovered = poll();

    assertThat(recovered.found()).isEqualTo(3);
    assertThat(searchedJql(CLOUD_SEARCH).get(searchedJql(CLOUD_SEARCH).size() - 2))
        .as("15 minutes since the last good round, plus the overlap")
        .isEqualTo(DEFINITION + " AND updated >= \"-25m\" ORDER BY updated DESC");
    assertThat(checkpoint()).isEqualTo(app.clock().instant().toString());
  }

  @Test
  void aFailureOnTheSecondPageKeepsWhatTheFirstStoredAndTheCheckpoint() {
    app(Deployment.CLOUD);
    stubCloudPages();
    jira.server()
        .stubFor(
            post(urlPathEqualTo(CLOUD_SEARCH))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("poll-token-2")))
                .willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(this::poll).isInstanceOf(JiraUnavailableException.class);

    assertThat(checkpoint()).isEqualTo("none");
    assertThat(intake.inboxRows())
        .as("the first page's orders are kept; a re-poll dedupes")
        .isEqualTo(2);
  }

  @Test
  void aPolledEventPostedToTheWebhookIsIgnoredNotStored() {
    app(Deployment.CLOUD);
    byte[] body =
        ("{\"webhookEvent\":\""
                + WebhookEvent.ISSUE_POLLED
                + "\",\"timestamp\":1,"
                + "\"issue\":{\"id\":\"10042\",\"key\":\"ORD-42\",\"fields\":{}}}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    var response =
        intake.postHook(body, "X-Hub-Signature", WebhookSignature.sign(Intake.SECRET, body));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).contains("ignored");
    assertThat(intake.inboxRows()).isZero();
  }
}
