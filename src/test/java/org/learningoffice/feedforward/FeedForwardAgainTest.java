package org.learningoffice.feedforward;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.order.InboxWorker;
import org.learningoffice.order.OrderPoller;
import org.learningoffice.order.WebhookIntake;
import org.learningoffice.outbox.OutboxWorker;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * An order (ORD-42) is often created bare and filled in minutes later; it is ranked again when the
 * facts its ranking reads change, or when it reaches a trigger status, and only lessons it has not
 * received yet reach its ticket, with a burst of edits answered once. Edits that change no status
 * reach the service only by the poller's search, so these arrive as polled snapshots.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class FeedForwardAgainTest {
  private static final String ISSUE = "/rest/api/3/issue/ORD-42";
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private TestApp app;
  private EarlierOrders earlier;
  private WireMockServer jira;
  private long acme;

  FeedForwardAgainTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void start() {
    app =
        TestApp.from("base.yml", "jira-wiremock.yml", "capture-jira.yml", "intake.yml")
            .set("jira.baseUrl", wireMock.baseUrl().toString())
            .set("feedForward.projects", List.of("ORD"))
            .set("feedForward.triggerStatuses", List.of("In Progress"))
            .database(kind)
            .jiraWaitsOnTheClock()
            .build();
    earlier = new EarlierOrders(app);
    jira = wireMock.server();
    jiraAccepts();
    acme =
        earlier.order(
            "9007", "ORD-7", "Welding fixture for Acme robot cell", "Acme Industries AB", "ETO");
  }

  /** The lesson of Acme's earlier order that a new Acme order should receive. */
  private void acmeWantsWeeklyCalls(Instant capturedAt) {
    earlier.lesson(
        acme,
        "Acme wants weekly status calls",
        "Acme's buyer asked for a call every Monday.",
        "ORDER_ENTRY",
        capturedAt);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anOrderWhoseCustomerIsFilledInAfterCreationGetsItsCustomersLessons() {
    acmeWantsWeeklyCalls(app.clock().instant().minus(Duration.ofDays(30)));

    createdBare();
    runOutbox();
    assertThat(comments()).as("nothing fits a bare order").isEmpty();

    app.clock().advance(Duration.ofMinutes(4));
    polled(
        fields -> {
          fields.put("summary", "Welding fixture for Acme press line");
          fields.put("customfield_10060", "Acme Industries AB");
        });
    settle();

    assertThat(comments()).hasSize(1);
    assertThat(comments().get(0).getBodyAsString())
        .contains("Lessons from earlier orders")
        .contains("Acme wants weekly status calls");
    assertThat(json(properties().get(0)).path("related").get(0).path("issueKey").asText())
        .isEqualTo("ORD-7");
    assertThat(links()).hasSize(1);
  }

  @Test
  void anEarlierLessonIsNeverPostedTwiceOnOneOrder() {
    Instant now = app.clock().instant();
    earlier.lesson(
        acme,
        "Welding fixture drawings came late",
        "The welding fixture drawings came two weeks late.",
        "ENGINEERING",
        now.minus(Duration.ofDays(30)));
    deliver(webhook("issue_created.json"), "created-1");
    runOutbox();
    assertThat(comments()).hasSize(1);
    String firstPage = json(properties().get(0)).path("pageUrl").asText();

    // another Acme order closed with a lesson; then the order's description is filled in
    acmeWantsWeeklyCalls(now);
    app.clock().advance(Duration.ofHours(1));
    polled(fields -> fields.put("description", "Welding fixture, weekly status calls with Acme"));
    settle();

    assertThat(comments()).hasSize(2);
    assertThat(comments().get(1).getBodyAsString())
        .contains("Acme wants weekly status calls")
        .doesNotContain("Welding fixture drawings came late");
    JsonNode property = json(properties().get(1));
    assertThat(property.path("lessons").asInt()).as("the property lists both").isEqualTo(2);
    assertThat(property.path("pageUrl").asText())
        .as("the page's link is signed again when the ticket is updated")
        .isNotEqualTo(firstPage);
    assertThat(json(links().get(1)).at("/object/url").asText())
        .isEqualTo(property.path("pageUrl").asText());

    // edited again: ranked again, nothing new, so nothing sent to Jira
    app.clock().advance(Duration.ofHours(1));
    polled(fields -> fields.put("description", "Welding fixture; Acme wants a call on Mondays"));
    settle();

    assertThat(comments()).hasSize(2);
    assertThat(properties()).hasSize(2);
    assertThat(links()).hasSize(2);
  }

  @Test
  void twentyEditsInAnHourBringOneCommentNotTwenty() {
    acmeWantsWeeklyCalls(app.clock().instant().minus(Duration.ofDays(30)));
    createdBare();
    runOutbox();

    for (int edit = 1; edit <= 20; edit++) {
      app.clock().advance(Duration.ofMinutes(3));
      if (edit == 10) { // meanwhile another Acme order closed with a lesson
        earlier.lesson(
            acme,
            "Acme pays late",
            "Invoices were paid after 90 days.",
            "ORDER_ENTRY",
            app.clock().instant());
      }
      String words = "Welding fixture for Acme press line, revision " + edit;
      polled(
          fields -> {
            fields.put("summary", words);
            fields.put("customfield_10060", "Acme Industries AB");
          });
      runOutbox();
    }
    settle();
    app.clock().advance(Duration.ofHours(2));
    runOutbox();

    assertThat(comments()).as("ranked once, after the last edit").hasSize(1);
    assertThat(comments().get(0).getBodyAsString())
        .contains("Acme wants weekly status calls")
        .contains("Acme pays late");
    assertThat(properties()).hasSize(1);
    assertThat(links()).hasSize(1);
    assertThat(app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'FEED_FORWARD'"))
        .as("a round queued per edit")
        .isEqualTo(21);
    assertThat(app.count("SELECT COUNT(*) FROM outbox WHERE status <> 'DONE'")).isZero();
    assertThat(app.texts("SELECT DISTINCT ranked_round FROM feed_forward_lessons"))
        .as("only the newest round ranked")
        .containsExactly("21");
  }

  @Test
  void anOrderReachingATriggerStatusIsRankedAgain() {
    deliver(webhook("issue_created.json"), "created-1");
    runOutbox();
    assertThat(comments()).as("Acme had no lesson yet").isEmpty();

    earlier.lesson(
        acme,
        "Welding fixture drawings came late",
        "The welding fixture drawings came two weeks late.",
        "ENGINEERING",
        app.clock().instant());
    app.clock().advance(Duration.ofHours(1));
    deliver(webhook("issue_updated_in_progress.json"), "progress-1");
    deliver(webhook("issue_updated_in_progress.json"), "progress-2");
    settle();

    assertThat(comments()).hasSize(1);
    assertThat(comments().get(0).getBodyAsString()).contains("Welding fixture drawings came late");
    assertThat(properties()).hasSize(1);
    assertThat(links()).hasSize(1);
  }

  // ---- intake and outbox, as the background workers run them ----

  /** Created with a placeholder summary, and no customer or strategy yet. */
  private void createdBare() {
    ObjectNode created = webhook("issue_created.json");
    ObjectNode fields = (ObjectNode) created.path("issue").path("fields");
    fields.put("summary", "New order");
    fields.remove("customfield_10060");
    fields.remove("customfield_10050");
    deliver(created, "created-1");
  }

  /**
   * The poller's next round finds the order edited now: the issue as {@code issue_created.json}
   * shows it (every fact set) with {@code edit} applied to its fields.
   */
  private void polled(Consumer<ObjectNode> edit) {
    ObjectNode issue = (ObjectNode) webhook("issue_created.json").path("issue");
    ObjectNode fields = (ObjectNode) issue.path("fields");
    edit.accept(fields);
    fields.put("updated", JIRA_TIME.format(app.clock().instant()));
    ObjectNode page = mapper().createObjectNode();
    page.putArray("issues").add(issue);
    page.put("isLast", true);
    jira.stubFor(
        post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson(page.toString())));
    app.get(OrderPoller.class).poll();
    app.get(InboxWorker.class).drain();
  }

  /** Runs the outbox once the re-ranking's settling time has passed. */
  private void settle() {
    runOutbox();
    app.clock().advance(Duration.ofMinutes(30));
    runOutbox();
  }

  private void deliver(ObjectNode event, String identifier) {
    try {
      app.get(WebhookIntake.class)
          .receive(mapper().writeValueAsBytes(event), Optional.of(identifier))
          .join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    app.get(InboxWorker.class).drain();
  }

  private int runOutbox() {
    return app.get(OutboxWorker.class).runDue();
  }

  // ---- the fake Jira ----

  private void jiraAccepts() {
    jira.stubFor(
        post(urlPathEqualTo(ISSUE + "/remotelink"))
            .willReturn(okJson(resource("/jira/cloud/remotelink-created.json"))));
    jira.stubFor(
        post(urlPathEqualTo(ISSUE + "/comment"))
            .willReturn(okJson(resource("/jira/cloud/comment-created.json")).withStatus(201)));
    jira.stubFor(
        put(urlPathEqualTo(ISSUE + "/properties/learning-office-related"))
            .willReturn(okJson("{}")));
    jira.stubFor(
        get(urlPathEqualTo(ISSUE + "/comment"))
            .willReturn(okJson(resource("/jira/cloud/comments-page.json"))));
  }

  /** Our comments on ORD-42 (capture's form comment carries no earlier lessons). */
  private List<LoggedRequest> comments() {
    return jira.findAll(postRequestedFor(urlPathEqualTo(ISSUE + "/comment"))).stream()
        .filter(r -> r.getBodyAsString().contains("Lessons from earlier orders"))
        .toList();
  }

  private List<LoggedRequest> properties() {
    return jira.findAll(
        putRequestedFor(urlPathEqualTo(ISSUE + "/properties/learning-office-related")));
  }

  private List<LoggedRequest> links() {
    return jira.findAll(postRequestedFor(urlPathEqualTo(ISSUE + "/remotelink"))).stream()
        .filter(r -> r.getBodyAsString().contains("learning-office-related:"))
        .toList();
  }

  private ObjectMapper mapper() {
    return app.get(ObjectMapper.class);
  }

  private JsonNode json(LoggedRequest request) {
    try {
      return mapper().readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode webhook(String name) {
    try {
      return (ObjectNode) mapper().readTree(resource("/webhooks/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = FeedForwardAgainTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
