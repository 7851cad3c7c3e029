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
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.order.InboxWorker;
import org.learningoffice.order.WebhookIntake;
import org.learningoffice.outbox.OutboxWorker;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * A new order (ORD-42, "Welding fixture for Acme press line", customer Acme, ETO) receives the
 * earlier lessons that fit it, once, on both stores and both Jira deployments checked against the
 * spec.
 */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("cases")
class FeedForwardTest {
  enum Site {
    CLOUD("/rest/api/3", "cloud"),
    DATA_CENTER("/rest/api/2", "datacenter");

    final String api;
    final String fixtures;

    Site(String api, String fixtures) {
      this.api = api;
      this.fixtures = fixtures;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(TestDatabase.Kind.values())
        .flatMap(kind -> Stream.of(Site.values()).map(site -> Arguments.of(kind, site)));
  }

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final Site site;
  private TestApp app;
  private EarlierOrders earlier;
  private WireMockServer jira;

  FeedForwardTest(TestDatabase.Kind kind, Site site) {
    this.kind = kind;
    this.site = site;
  }

  @BeforeEach
  void start() {
    TestApp.Builder builder =
        site == Site.CLOUD
            ? TestApp.from("base.yml", "jira-wiremock.yml", "capture-jira.yml", "intake.yml")
            : TestApp.from(
                "base.yml",
                "jira-wiremock.yml",
                "capture-jira.yml",
                "intake.yml",
                "jira-datacenter.yml");
    app =
        builder
            .set("jira.baseUrl", wireMock.baseUrl().toString())
            .set("feedForward.projects", List.of("ORD"))
            .set("feedForward.triggerStatuses", List.of("In Progress"))
            .database(kind)
            .jiraWaitsOnTheClock()
            .build();
    earlier = new EarlierOrders(app);
    jira = wireMock.server();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aCreatedOrderGetsOneCommentNamingTheEarlierLessonsThatFitIt() {
    Instant now = app.clock().instant();
    long acme =
        earlier.order(
            "9007", "ORD-7", "Welding fixture for Acme robot cell", "Acme Industries AB", "ETO");
    earlier.lesson(
        acme,
        "Welding fixture drawings came late",
        "The welding fixture drawings came two weeks late.\nNext time ask early.",
        "ENGINEERING",
        now.minus(Duration.ofDays(30)));
    earlier.lesson(
        acme,
        "Acme wants weekly status calls",
        "Acme's buyer asked for a call every Monday.",
        "ORDER_ENTRY",
        now.minus(Duration.ofDays(60)));
    long other = earlier.order("9008", "ORD-8", "Conveyor for Beta foods", "Beta Foods", "ETO");
    earlier.lesson(
        other,
        "Paint shop queue",
        "The paint shop was booked for a month.",
        "FABRICATION",
        now.minus(Duration.ofDays(10)));
    long stock = earlier.order("9009", "ORD-9", "Spare parts kit", "Gamma", "MTS");
    earlier.lesson(
        stock,
        "Welding fixture invoice typo",
        "The invoice for the welding fixture had a typo.",
        "AFTER_SALES",
        now.minus(Duration.ofDays(5)));
    jiraAccepts();

    deliver("issue_created.json", "created-1");
    assertThat(runOutbox()).isEqualTo(1);

    assertThat(comments()).hasSize(1);
    String comment = comments().get(0).getBodyAsString();
    assertThat(comment)
        .contains("Lessons from earlier orders")
        .contains("Welding fixture drawings came late")
        .contains("The welding fixture drawings came two weeks late.")
        .doesNotContain("Next time ask early")
        .contains("Acme wants weekly status calls")
        .contains("back office · exploitation")
        .contains(wireMock.baseUrl() + "/browse/ORD-7")
        .contains("Learning Office ref lo.related.10042.")
        .doesNotContain("Paint shop queue")
        .doesNotContain("invoice typo");
    assertThat(comment.indexOf("Welding fixture drawings came late"))
        .as("the lesson that shares the most comes first")
        .isLessThan(comment.indexOf("Acme wants weekly status calls"));
    JsonNode property = json(properties().get(0));
    assertThat(property.path("lessons").asInt()).isEqualTo(2);
    String page = property.path("pageUrl").asText();
    assertThat(page).startsWith("https://lo.example.com/related/");
    assertThat(property.path("related").get(0).path("issueKey").asText()).isEqualTo("ORD-7");
    JsonNode link = json(links().get(0));
    assertThat(link.path("globalId").asText()).isEqualTo("learning-office-related:ORD-42");
    assertThat(link.at("/object/url").asText()).isEqualTo(page);
    assertThat(app.texts("SELECT job_key || ' ' || status FROM outbox ORDER BY id"))
        .containsExactly("feed-forward:10042 DONE");
  }

  @Test
  void anOrderThatNothingEarlierFitsGetsNoCommentPropertyOrLink() {
    long other = earlier.order("9008", "ORD-8", "Conveyor for Beta foods", "Beta Foods", "ETO");
    earlier.lesson(
        other,
        "Paint shop queue",
        "The paint shop was booked for a month.",
        "FABRICATION",
        app.clock().instant());
    jiraAccepts();

    deliver("issue_created.json", "created-1");
    runOutbox();

    assertThat(jira.getAllServeEvents()).as("no Jira call at all").isEmpty();
    assertThat(app.texts("SELECT job_key || ' ' || status FROM outbox"))
        .containsExactly("feed-forward:10042 DONE");
  }

  @Test
  void aLessonThatOnlyTheOrdersDescriptionSpeaksOfIsFedForward() throws IOException {
    long other = earlier.order("9008", "ORD-8", "Conveyor for Beta foods", "Beta Foods", "ETO");
    earlier.lesson(
        other,
        "Paint shop queue",
        "The paint shop was booked for a month.",
        "FABRICATION",
        app.clock().instant());
    jiraAccepts();
    ObjectMapper mapper = app.get(ObjectMapper.class);
    ObjectNode event = (ObjectNode) mapper.readTree(webhook("issue_created.json"));
    ((ObjectNode) event.path("issue").path("fields"))
        .put("description", "Powder coating: the paint shop queue decides the delivery date.");

    deliver(mapper.writeValueAsBytes(event), "created-1");
    runOutbox();

    assertThat(comments()).hasSize(1);
    assertThat(comments().get(0).getBodyAsString()).contains("Paint shop queue");
  }

  @Test
  void redeliveriesStatusChangesAndAReopenPostTheLessonsOnce() {
    long acme =
        earlier.order(
            "9007", "ORD-7", "Welding fixture for Acme robot cell", "Acme Industries AB", "ETO");
    earlier.lesson(
        acme,
        "Welding fixture drawings came late",
        "Drawings late.",
        "ENGINEERING",
        app.clock().instant());
    jiraAccepts();

    deliver("issue_created.json", "created-1");
    runOutbox();
    deliver("issue_created.json", "created-2");
    deliver("issue_updated_in_progress.json", "progress-1");
    deliver("issue_updated_done.json", "done-1");
    deliver("issue_updated_reopened.json", "reopened-1");
    deliver("issue_updated_in_progress.json", "progress-2");
    app.clock().advance(Duration.ofHours(1));
    runOutbox();

    assertThat(comments())
        .as("closing the order attached the form: one comment of capture's, one of ours")
        .hasSize(2);
    assertThat(comments().stream().filter(c -> c.getBodyAsString().contains("lo.related.10042.")))
        .hasSize(1);
    assertThat(properties()).hasSize(1);
    assertThat(links()).hasSize(1);
    assertThat(
            app.texts(
                "SELECT job_key || ' ' || status FROM outbox WHERE kind = 'FEED_FORWARD'"
                    + " ORDER BY id"))
        .as("entering In Progress ranked once more (nothing new: no call); nothing else did")
        .containsExactly("feed-forward:10042 DONE", "feed-forward:10042:2 DONE");
  }

  @Test
  void aCommentWhoseAnswerWasLostIsLookedUpAndNotPostedTwice() {
    long acme =
        earlier.order(
            "9007", "ORD-7", "Welding fixture for Acme robot cell", "Acme Industries AB", "ETO");
    earlier.lesson(
        acme,
        "Welding fixture drawings came late",
        "Drawings late.",
        "ENGINEERING",
        app.clock().instant());
    jiraAccepts();
    jira.stubFor(
        commentCall()
            .inScenario("lost")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"errorMessages\":[\"lost\"],\"errors\":{}}"))
            .willSetStateTo("arrived"));

    deliver("issue_created.json", "created-1");
    runOutbox();
    // Jira did store it: listing the comments shows the one whose answer was lost
    jira.stubFor(
        get(urlPathEqualTo(path("/comment")))
            .willReturn(okJson(commentsPage(json(comments().get(0)).path("body")))));
    app.clock().advance(Duration.ofHours(1));
    runOutbox();

    assertThat(comments()).as("sent once, never again").hasSize(1);
    assertThat(
            jira.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                    urlPathEqualTo(path("/comment")))))
        .hasSize(1);
    assertThat(properties()).hasSize(1);
    assertThat(links()).hasSize(1);
    assertThat(app.texts("SELECT job_key || ' ' || status FROM outbox"))
        .containsExactly("feed-forward:10042 DONE");
  }

  @Test
  void votesChangeTheOrderOfTheList() {
    Instant now = app.clock().instant();
    long acme = earlier.order("9007", "ORD-7", "Fixture for Acme", "Acme Industries AB", "ETO");
    long first =
        earlier.lesson(
            acme,
            "Acme wants weekly status calls",
            "A status call every Monday.",
            "ENGINEERING",
            now);
    long second =
        earlier.lesson(
            acme,
            "Acme pays late",
            "Invoices were paid after 90 days.",
            "ENGINEERING",
            now.minusSeconds(60));
    long fed = earlier.order("9010", "ORD-10", "Fixture for Acme", "Acme Industries AB", "ETO");
    RelatedRanking ranking = app.get(RelatedRanking.class);
    OrderToFeed next =
        new OrderToFeed(
            999_999,
            "Weekly calls and invoices",
            "Acme Industries AB",
            Strategy.ETO,
            Optional.empty());
    assertThat(ids(ranking.rank(next))).containsExactly(first, second);

    FeedForwardStore store = app.get(FeedForwardStore.class);
    store.record(
        fed, java.net.URI.create("https://lo.example.com/related/x"), ranking.rank(next), now);
    assertThat(store.vote(fed, first, Vote.NOT_RELEVANT, now)).isTrue();
    assertThat(ids(ranking.rank(next))).containsExactly(second, first);

    assertThat(store.vote(fed, first, Vote.HELPED, now))
        .as("a second vote replaces the first")
        .isTrue();
    assertThat(store.votesOf(fed)).containsEntry(first, Vote.HELPED).hasSize(1);
    assertThat(ids(ranking.rank(next))).containsExactly(first, second);
    assertThat(store.vote(fed, 123_456_789L, Vote.HELPED, now))
        .as("not fed to this order")
        .isFalse();
  }

  private static List<Long> ids(List<RankedLesson> ranked) {
    return ranked.stream().map(r -> r.lesson().lesson().id()).toList();
  }

  // ---- intake and outbox, as the background workers run them ----

  private void deliver(String fixture, String identifier) {
    deliver(webhook(fixture).getBytes(StandardCharsets.UTF_8), identifier);
  }

  private void deliver(byte[] body, String identifier) {
    app.get(WebhookIntake.class).receive(body, Optional.of(identifier)).join();
    app.get(InboxWorker.class).drain();
  }

  private int runOutbox() {
    return app.get(OutboxWorker.class).runDue();
  }

  // ---- the fake Jira ----

  private String path(String tail) {
    return site.api + "/issue/ORD-42" + tail;
  }

  private MappingBuilder commentCall() {
    return post(urlPathEqualTo(path("/comment")));
  }

  private void jiraAccepts() {
    jira.stubFor(
        post(urlPathEqualTo(path("/remotelink")))
            .willReturn(okJson(fixture("remotelink-created.json"))));
    jira.stubFor(commentCall().willReturn(okJson(fixture("comment-created.json")).withStatus(201)));
    jira.stubFor(
        put(urlPathEqualTo(path("/properties/learning-office-related"))).willReturn(okJson("{}")));
    jira.stubFor(
        get(urlPathEqualTo(path("/comment"))).willReturn(okJson(fixture("comments-page.json"))));
  }

  private List<LoggedRequest> comments() {
    return jira.findAll(postRequestedFor(urlPathEqualTo(path("/comment"))));
  }

  private List<LoggedRequest> properties() {
    return jira.findAll(
        putRequestedFor(urlPathEqualTo(path("/properties/learning-office-related"))));
  }

  private List<LoggedRequest> links() {
    return jira.findAll(postRequestedFor(urlPathEqualTo(path("/remotelink")))).stream()
        .filter(r -> r.getBodyAsString().contains("learning-office-related:"))
        .toList();
  }

  private String commentsPage(JsonNode body) {
    var page = app.get(ObjectMapper.class).createObjectNode();
    page.put("startAt", 0).put("maxResults", 50).put("total", 1);
    var comment = page.putArray("comments").addObject();
    comment.put("id", "20001");
    comment.set("body", body);
    comment.put("created", "2025-11-24T08:00:00.000+0000");
    return page.toString();
  }

  private JsonNode json(LoggedRequest request) {
    try {
      return app.get(ObjectMapper.class).readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String fixture(String name) {
    return resource("/jira/" + site.fixtures + "/" + name);
  }

  private static String webhook(String name) {
    return resource("/webhooks/" + name);
  }

  private static String resource(String name) {
    try (InputStream in = FeedForwardTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
