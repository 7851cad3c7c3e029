package org.learningoffice.action;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.order.Inbox;
import org.learningoffice.order.OrderEventHandler;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * A lesson's proposed action becomes one Jira issue in the actions project, linked to its order,
 * and is followed to done by webhook events and by polling.
 */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("cases")
class ActionIssueTest {
  static final String HOSTILE_ACTION =
      "Add a jig check {code}x{code} [link|https://evil.example] <b>now</b> [~admin]";

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final JiraOrder.Site site;
  private TestApp app;
  private JiraOrder order;
  private Lesson lesson;

  ActionIssueTest(TestDatabase.Kind kind, JiraOrder.Site site) {
    this.kind = kind;
    this.site = site;
  }

  static Stream<Arguments> cases() {
    return Stream.of(TestDatabase.Kind.values())
        .flatMap(kind -> Stream.of(JiraOrder.Site.values()).map(site -> Arguments.of(kind, site)));
  }

  @BeforeEach
  void storeALessonWithAnAction() {
    app =
        JiraOrder.app(kind, site, wireMock)
            .set("actions.project", "LO")
            .set("actions.issueType", "Task")
            .build();
    order = new JiraOrder(app, site, wireMock);
    long orderId = order.insertOrder("CLOSED");
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.execute("UPDATE lessons SET proposed_action = '" + HOSTILE_ACTION.replace("'", "''") + "'");
    lesson = app.get(LessonRepository.class).ofOrder(orderId).get(0);
    // the lesson came in before its action was proposed: propose it as the form does
    app.database().jdbi().useTransaction(h -> app.get(LessonActions.class).propose(h, lesson));
    app.execute("DELETE FROM outbox");
    order.jira.stubFor(post(urlPathEqualTo(api("/issue"))).willReturn(created()));
    order.jira.stubFor(
        post(urlPathEqualTo(api("/issueLink"))).willReturn(okJson("{}").withStatus(201)));
    order.jira.stubFor(
        get(urlPathEqualTo(api("/issue/LO-7")))
            .willReturn(okJson(issue("In Progress", "indeterminate"))));
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anActionAskedForTwiceBecomesOneIssueLinkedToItsOrder() {
    assertThat(app.get(LessonActions.class).requestIssue(lesson))
        .isEqualTo(LessonActions.Requested.QUEUED);
    assertThat(app.get(LessonActions.class).requestIssue(lesson))
        .isEqualTo(LessonActions.Requested.QUEUED);

    assertThat(order.runOutbox()).as("one job for the lesson").isEqualTo(1);
    order.runOutbox();

    assertThat(creates()).hasSize(1);
    JsonNode fields = json(creates().get(0)).path("fields");
    assertThat(fields.path("project").path("key").asText()).isEqualTo("LO");
    assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Task");
    assertThat(fields.path("summary").asText()).isEqualTo(HOSTILE_ACTION);
    assertThat(fields.path("labels").toString())
        .contains("learning-office-action")
        .contains("learning-office-action-" + lesson.publicId());
    String description = fields.path("description").toString();
    if (site == JiraOrder.Site.CLOUD) {
      assertThat(fields.path("description").findValues("type").stream().map(JsonNode::asText))
          .doesNotContain("mention", "codeBlock", "inlineCard");
    } else {
      assertThat(description).doesNotContain("{code}").doesNotContain("[~admin]");
    }
    List<LoggedRequest> links =
        order.jira.findAll(postRequestedFor(urlPathEqualTo(api("/issueLink"))));
    assertThat(links).hasSize(1);
    JsonNode link = json(links.get(0));
    assertThat(link.path("type").path("name").asText()).isEqualTo("Relates");
    assertThat(link.path("outwardIssue").path("key").asText()).isEqualTo("LO-7");
    assertThat(link.path("inwardIssue").path("key").asText()).isEqualTo(JiraOrder.ISSUE_KEY);
    assertThat(action())
        .containsEntry("STATE", "OPEN")
        .containsEntry("ISSUE_KEY", "LO-7")
        .containsEntry("STATUS", "In Progress")
        .containsEntry("ASSIGNEE", "Carl Carlsson");
  }

  @Test
  void anActionOfAnOrderDeletedInJiraGetsItsIssueWithoutALinkToTheMissingTicket() {
    app.execute("UPDATE orders SET status = 'DELETED'");

    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();

    assertThat(creates()).hasSize(1);
    assertThat(order.jira.findAll(postRequestedFor(urlPathEqualTo(api("/issueLink"))))).isEmpty();
    assertThat(app.texts("SELECT status FROM outbox")).containsExactly("DONE");
    assertThat(action()).containsEntry("ISSUE_KEY", "LO-7");
  }

  @Test
  void anActionMarkedDoneWhileItsIssueWaitsGetsNoIssueAndStaysDone() {
    LessonActions actions = app.get(LessonActions.class);
    assertThat(actions.requestIssue(lesson)).isEqualTo(LessonActions.Requested.QUEUED);
    long actionId = Long.parseLong(app.text("SELECT id FROM lesson_actions"));

    assertThat(actions.markDone(actionId)).isEqualTo(LessonActions.MarkedDone.MARKED);
    order.runOutbox();

    assertThat(creates()).as("no issue for an action a lead marked done").isEmpty();
    assertThat(action()).containsEntry("STATE", "DONE");
    assertThat(app.texts("SELECT status FROM outbox")).containsExactly("DONE");
  }

  @Test
  void aCreateWhoseAnswerWasLostIsLookedUpAndNotCreatedAgain() {
    order.jira.stubFor(
        post(urlPathEqualTo(api("/issue")))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();
    assertThat(creates()).hasSize(1);
    assertThat(action()).containsEntry("STATE", "PROPOSED");

    // Jira did create it: the search for the lesson's label finds it
    order.jira.stubFor(post(urlPathEqualTo(searchPath())).willReturn(okJson(found())));
    app.clock().advance(Duration.ofMinutes(10));
    order.runOutbox();

    assertThat(creates()).as("not created again").hasSize(1);
    assertThat(searchFor("learning-office-action-" + lesson.publicId())).isTrue();
    assertThat(action()).containsEntry("STATE", "OPEN").containsEntry("ISSUE_KEY", "LO-7");
    assertThat(order.jira.findAll(postRequestedFor(urlPathEqualTo(api("/issueLink"))))).hasSize(1);
  }

  @Test
  void aCreateThatGotServiceUnavailableIsSentOnceAndLookedUpBeforeTheOutboxCreatesAgain() {
    order.jira.stubFor(post(urlPathEqualTo(api("/issue"))).willReturn(aResponse().withStatus(503)));
    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();
    assertThat(creates()).as("the client does not resend it").hasSize(1);

    // Jira had created it after all: the search for the lesson's label finds it
    order.jira.stubFor(post(urlPathEqualTo(searchPath())).willReturn(okJson(found())));
    app.clock().advance(Duration.ofMinutes(10));
    order.runOutbox();

    assertThat(creates()).as("not created again").hasSize(1);
    assertThat(action()).containsEntry("STATE", "OPEN").containsEntry("ISSUE_KEY", "LO-7");
  }

  @Test
  void anActionIssueIsFollowedToDoneByItsWebhookAndALateEventDoesNotUndoIt() {
    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();
    assertThat(action()).containsEntry("STATE", "OPEN");

    app.clock().advance(Duration.ofHours(1));
    long doneAt = app.clock().instant().toEpochMilli();
    webhook("10002", doneAt, "Done", "done");
    webhook("10001", doneAt - 60_000, "In Review", "indeterminate");

    assertThat(action())
        .containsEntry("STATE", "DONE")
        .containsEntry("STATUS", "Done")
        .containsEntry("DONE_BY", "JIRA");

    webhook("10003", doneAt + 60_000, "Reopened", "new");
    assertThat(action()).containsEntry("STATE", "OPEN").containsEntry("STATUS", "Reopened");
  }

  @Test
  void aLateEventWithoutJiraTimestampIsPlacedByItsIssuesUpdatedTimeAndDoesNotUndoDone() {
    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();
    app.clock().advance(Duration.ofHours(1));
    Instant doneAt = app.clock().instant();
    webhook("10002", doneAt.toEpochMilli(), "Done", "done");

    // sent before the close, delivered after it, and without the event's timestamp
    untimedWebhook("10001", doneAt.minusSeconds(60), "In Review", "indeterminate");

    assertThat(action()).containsEntry("STATE", "DONE").containsEntry("STATUS", "Done");
  }

  @Test
  void anOpenActionIssueIsFollowedToDoneByThePoller() {
    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();
    order.jira.stubFor(
        post(urlPathEqualTo(searchPath())).willReturn(okJson(searchAnswer("Done", "done"))));
    app.clock().advance(Duration.ofMinutes(20));

    assertThat(app.get(ActionPoller.class).poll()).isEqualTo(1);

    assertThat(action()).containsEntry("STATE", "DONE").containsEntry("STATUS", "Done");
    assertThat(searchFor("id in (10100)")).isTrue();
    assertThat(order.jira.findAll(getRequestedFor(urlPathEqualTo(api("/issue/LO-7"))))).hasSize(1);
  }

  @Test
  void aDeletedActionIssueNeitherStopsThePollerNorKeepsItsActionOpenForever() {
    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();
    long orderId = Long.parseLong(app.text("SELECT id FROM orders"));
    String other = order.submitLesson(orderId, "Paint shop queue", "Bob");
    app.execute(
        "INSERT INTO lesson_actions (lesson_id, action_text, state, issue_id, issue_key, status,"
            + " created_at) SELECT id, 'Book the paint shop early', 'OPEN', '10099', 'LO-6',"
            + " 'To Do', created_at FROM lessons WHERE public_id = '"
            + other
            + "'");
    // Jira refuses a search naming an issue that was deleted (or that the account no longer sees)
    order.jira.stubFor(
        post(urlPathEqualTo(searchPath()))
            .willReturn(
                JiraOrder.status(400)
                    .withBody(
                        "{\"errorMessages\":[\"An issue with key '10099' does not exist for"
                            + " field 'id'.\"],\"errors\":{}}")));
    order.jira.stubFor(
        get(urlPathEqualTo(api("/issue/10099")))
            .willReturn(
                JiraOrder.status(404)
                    .withBody(
                        "{\"errorMessages\":[\"Issue does not exist or you do not have"
                            + " permission to see it.\"],\"errors\":{}}")));
    order.jira.stubFor(
        get(urlPathEqualTo(api("/issue/10100"))).willReturn(okJson(issue("Done", "done"))));
    app.clock().advance(Duration.ofMinutes(20));

    assertThat(app.get(ActionPoller.class).poll()).as("the issue still there is read").isEqualTo(1);

    assertThat(action()).containsEntry("STATE", "DONE").containsEntry("STATUS", "Done");
    Map<String, Object> gone =
        row("SELECT id, state, issue_key FROM lesson_actions WHERE action_text LIKE 'Book%'");
    assertThat(gone.get("STATE")).as("no issue to follow any more").isEqualTo("PROPOSED");
    assertThat(gone.get("ISSUE_KEY")).isNull();
    assertThat(
            app.get(LessonActions.class).markDone(Long.parseLong(String.valueOf(gone.get("ID")))))
        .as("a lead can close it on the dashboard")
        .isEqualTo(LessonActions.MarkedDone.MARKED);
  }

  @Test
  void anActionIssueMovedToAnotherProjectIsListedUnderItsNewKey() {
    app.get(LessonActions.class).requestIssue(lesson);
    order.runOutbox();
    String moved = searchAnswer("In Progress", "indeterminate").replace("\"LO-7\"", "\"OPS-3\"");
    order.jira.stubFor(post(urlPathEqualTo(searchPath())).willReturn(okJson(moved)));
    app.clock().advance(Duration.ofMinutes(20));

    assertThat(app.get(ActionPoller.class).poll()).isEqualTo(1);

    assertThat(action()).containsEntry("STATE", "OPEN").containsEntry("ISSUE_KEY", "OPS-3");
  }

  @Test
  void anActionWhoseIssueJiraRefusedCanBeAskedForAgainOnceThePermissionIsGranted() {
    LessonActions actions = app.get(LessonActions.class);
    order.jira.stubFor(
        post(urlPathEqualTo(api("/issue")))
            .willReturn(
                JiraOrder.status(400)
                    .withBody(
                        "{\"errorMessages\":[],\"errors\":{\"project\":\"You do not have"
                            + " permission to create issues in this project.\"}}")));
    actions.requestIssue(lesson);
    order.runOutbox();
    assertThat(app.texts("SELECT status FROM outbox")).containsExactly("PARKED");

    assertThat(actions.issuesOf(List.of(lesson)).get(lesson.id()).progress())
        .as("the form offers to ask again instead of promising an issue that will not come")
        .isEqualTo(ActionIssue.Progress.NOT_ASKED);

    order.jira.stubFor(post(urlPathEqualTo(api("/issue"))).willReturn(created()));
    order.jira.stubFor(post(urlPathEqualTo(searchPath())).willReturn(okJson(noIssues())));
    assertThat(actions.requestIssue(lesson)).isEqualTo(LessonActions.Requested.QUEUED);
    assertThat(actions.issuesOf(List.of(lesson)).get(lesson.id()).progress())
        .isEqualTo(ActionIssue.Progress.QUEUED);
    order.runOutbox();

    assertThat(creates()).as("refused once, created once").hasSize(2);
    assertThat(action()).containsEntry("STATE", "OPEN").containsEntry("ISSUE_KEY", "LO-7");
    assertThat(order.jira.findAll(postRequestedFor(urlPathEqualTo(api("/issueLink"))))).hasSize(1);
  }

  @Test
  void anActionWhoseIssueWasDeletedGetsANewIssueLinkedToItsOrderWhenAskedAgain() {
    LessonActions actions = app.get(LessonActions.class);
    actions.requestIssue(lesson);
    order.runOutbox();
    order.jira.stubFor(
        post(urlPathEqualTo(searchPath()))
            .willReturn(
                JiraOrder.status(400)
                    .withBody(
                        "{\"errorMessages\":[\"An issue with key '10100' does not exist for"
                            + " field 'id'.\"],\"errors\":{}}")));
    order.jira.stubFor(get(urlPathEqualTo(api("/issue/10100"))).willReturn(JiraOrder.status(404)));
    app.clock().advance(Duration.ofMinutes(20));
    app.get(ActionPoller.class).poll();
    assertThat(actions.issuesOf(List.of(lesson)).get(lesson.id()).progress())
        .isEqualTo(ActionIssue.Progress.NOT_ASKED);

    order.jira.stubFor(post(urlPathEqualTo(searchPath())).willReturn(okJson(noIssues())));
    assertThat(actions.requestIssue(lesson)).isEqualTo(LessonActions.Requested.QUEUED);
    order.runOutbox();

    assertThat(creates()).hasSize(2);
    assertThat(order.jira.findAll(postRequestedFor(urlPathEqualTo(api("/issueLink"))))).hasSize(2);
    assertThat(action()).containsEntry("STATE", "OPEN").containsEntry("ISSUE_KEY", "LO-7");
  }

  // ---- helpers ----

  private void webhook(String id, long timestamp, String status, String category) {
    deliver(
        id,
        "{\"webhookEvent\":\"jira:issue_updated\",\"timestamp\":"
            + timestamp
            + ",\"changelog\":{\"id\":\""
            + id
            + "\",\"items\":[{\"field\":\"status\",\"toString\":\""
            + status
            + "\"}]},\"issue\":"
            + issue(status, category)
            + "}");
  }

  /** An event without Jira's timestamp, its issue last updated at {@code updated}. */
  private void untimedWebhook(String id, Instant updated, String status, String category) {
    String at =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(java.time.ZoneOffset.UTC)
            .format(updated);
    deliver(
        id,
        "{\"webhookEvent\":\"jira:issue_updated\",\"changelog\":{\"id\":\""
            + id
            + "\",\"items\":[{\"field\":\"status\",\"toString\":\""
            + status
            + "\"}]},\"issue\":"
            + issue(status, category)
                .replace("\"created\":", "\"updated\":\"" + at + "\",\"created\":")
            + "}");
  }

  private void deliver(String id, String body) {
    app.database()
        .jdbi()
        .useTransaction(
            h ->
                app.get(OrderEventHandler.class)
                    .handle(
                        h,
                        new Inbox.Event(
                            1,
                            "webhook:" + id,
                            Inbox.Source.WEBHOOK,
                            "jira:issue_updated",
                            body,
                            1)));
  }

  private Map<String, Object> action() {
    return row(
        "SELECT state, issue_key, status, assignee, done_by FROM lesson_actions"
            + " WHERE lesson_id = "
            + lesson.id());
  }

  private Map<String, Object> row(String sql) {
    Map<String, Object> row = app.rows(sql).get(0);
    Map<String, Object> upper = new java.util.TreeMap<>();
    row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
    return upper;
  }

  private String api(String tail) {
    return (site == JiraOrder.Site.CLOUD ? "/rest/api/3" : "/rest/api/2") + tail;
  }

  private String searchPath() {
    return site == JiraOrder.Site.CLOUD ? "/rest/api/3/search/jql" : "/rest/api/2/search";
  }

  private boolean searchFor(String jql) {
    return order.jira.findAll(postRequestedFor(urlPathEqualTo(searchPath()))).stream()
        .anyMatch(r -> json(r).path("jql").asText().contains(jql));
  }

  private List<LoggedRequest> creates() {
    return order.jira.findAll(postRequestedFor(urlPathEqualTo(api("/issue"))));
  }

  private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return okJson(order.fixture("issue-created.json")).withStatus(201);
  }

  private String noIssues() {
    return site == JiraOrder.Site.CLOUD
        ? "{\"issues\":[],\"isLast\":true}"
        : "{\"startAt\":0,\"maxResults\":1,\"total\":0,\"issues\":[]}";
  }

  private String found() {
    return searchAnswer("To Do", "new");
  }

  private String searchAnswer(String status, String category) {
    String issues = "[" + issue(status, category) + "]";
    return site == JiraOrder.Site.CLOUD
        ? "{\"issues\":" + issues + ",\"isLast\":true}"
        : "{\"startAt\":0,\"maxResults\":50,\"total\":1,\"issues\":" + issues + "}";
  }

  private static String issue(String status, String category) {
    return "{\"id\":\"10100\",\"key\":\"LO-7\",\"fields\":{\"summary\":\"Add a jig check\","
        + "\"status\":{\"name\":\""
        + status
        + "\",\"statusCategory\":{\"key\":\""
        + category
        + "\"}},\"assignee\":{\"accountId\":\"5b10ac8d82e05b22cc7d4ef9\",\"name\":\"carl\","
        + "\"displayName\":\"Carl Carlsson\"},\"labels\":[\"learning-office-action\"],"
        + "\"components\":[],\"created\":\"2025-11-24T08:00:00.000+0000\"}}";
  }

  private JsonNode json(LoggedRequest request) {
    try {
      return app.get(ObjectMapper.class).readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
