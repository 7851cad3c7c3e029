package org.learningoffice.capture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxWorker;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * Order ORD-42 as a spec-checked WireMock Jira of either deployment serves it, and as order intake
 * and the form store it in a {@link TestApp}: tests store the order and its lessons directly and
 * run the outbox by hand.
 */
public final class JiraOrder {
  /** Which Jira the app talks to, with the people of order ORD-42 as that Jira names them. */
  public enum Site {
    CLOUD("/rest/api/3", "5b10ac8d82e05b22cc7d4ef5", "5b10a2844c20165700ede21g"),
    DATA_CENTER("/rest/api/2", "carl", "dora");

    final String api;
    public final String assignee;
    public final String reporter;

    Site(String api, String assignee, String reporter) {
      this.api = api;
      this.assignee = assignee;
      this.reporter = reporter;
    }

    String fixtureDir() {
      return this == CLOUD ? "cloud" : "datacenter";
    }
  }

  public static final String ISSUE_ID = "10042";
  public static final String ISSUE_KEY = "ORD-42";

  /** {@code server.publicBaseUrl} of {@code config/capture-jira.yml}. */
  public static final String PUBLIC_BASE = "https://lo.example.com";

  public final WireMockServer jira;
  private final TestApp app;
  private final Site site;

  public JiraOrder(TestApp app, Site site, JiraWireMock wireMock) {
    this.app = app;
    this.site = site;
    this.jira = wireMock.server();
  }

  /**
   * The application talking to {@code wireMock} as a Jira of {@code site}'s deployment, one attempt
   * per call, on a fresh database of this kind; the test may set more before it builds.
   */
  public static TestApp.Builder app(TestDatabase.Kind kind, Site site, JiraWireMock wireMock) {
    TestApp.Builder builder =
        site == Site.CLOUD
            ? TestApp.from("base.yml", "jira-wiremock.yml", "capture-jira.yml")
            : TestApp.from(
                "base.yml", "jira-wiremock.yml", "capture-jira.yml", "jira-datacenter.yml");
    return builder
        .set("jira.baseUrl", wireMock.baseUrl().toString())
        .database(kind)
        .jiraWaitsOnTheClock();
  }

  /** Runs the outbox once, as the background worker would; returns how many jobs it claimed. */
  public int runOutbox() {
    return app.get(OutboxWorker.class).runDue();
  }

  // ---- the store, as intake and the form write it ----

  public long insertOrder(String status) {
    return app.database()
        .jdbi()
        .inTransaction(
            h -> {
              long id =
                  h.createUpdate(
                          "INSERT INTO orders (issue_id, issue_key, summary, strategy,"
                              + " strategy_source, priority_class, status, created_at,"
                              + " last_event_at, updated_at, close_count) VALUES (:id, :key,"
                              + " 'Welding fixture', 'ETO', 'FIELD', 'STANDARD', :status, :now,"
                              + " :now, :now, 1)")
                      .bind("id", ISSUE_ID)
                      .bind("key", ISSUE_KEY)
                      .bind("status", status)
                      .bind("now", app.clock().instant())
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one();
              person(h, id, site.assignee, "Alice <b>Andersson</b>", "ASSIGNEE");
              person(h, id, site.reporter, "Bob Berg", "REPORTER");
              return id;
            });
  }

  private static void person(Handle h, long orderId, String id, String name, String role) {
    h.createUpdate(
            "INSERT INTO order_people (order_id, person_id, display_name, role)"
                + " VALUES (:o, :p, :n, :r)")
        .bind("o", orderId)
        .bind("p", id)
        .bind("n", name)
        .bind("r", role)
        .execute();
  }

  /** Queues the order's attach-form job as order intake does. */
  public void queueAttachForm(long orderId) {
    app.get(Outbox.class)
        .enqueue(
            new Outbox.NewJob(
                "attach-form:" + ISSUE_ID,
                CaptureJobs.ATTACH_FORM,
                orderId,
                payload(),
                app.clock().instant()));
  }

  /** Stores a lesson and queues its write-back in one transaction, as the form does. */
  public String submitLesson(long orderId, String title, String author) {
    String publicId = UUID.randomUUID().toString();
    app.database()
        .jdbi()
        .useTransaction(
            h -> {
              h.createUpdate(
                      "INSERT INTO lessons (public_id, order_id, submission_key, title, body,"
                          + " stage, unit, unit_set_by, lesson_type, type_set_by, direction,"
                          + " direction_set_by, timing, recurrence, author, created_at) VALUES"
                          + " (:pid, :order, :sub, :title, :body, 'ENGINEERING', 'BACK_OFFICE',"
                          + " 'PERSON', 'EXPLORATION', 'CLASSIFIER', 'FOR', 'PERSON',"
                          + " 'RETROSPECTIVE', 'SPORADIC', :author, :now)")
                  .bind("pid", publicId)
                  .bind("order", orderId)
                  .bind("sub", publicId.substring(0, 32))
                  .bind("title", title)
                  .bind("body", "What happened: " + title)
                  .bind("author", author)
                  .bind("now", app.clock().instant())
                  .execute();
              app.get(Outbox.class)
                  .enqueue(
                      h,
                      new Outbox.NewJob(
                          CaptureJobs.writeBackKey(ISSUE_ID, publicId),
                          CaptureJobs.WRITE_BACK,
                          orderId,
                          payload(),
                          app.clock().instant().plus(Duration.ofMinutes(1))));
            });
    return publicId;
  }

  private static String payload() {
    return "{\"issueId\":\"" + ISSUE_ID + "\",\"issueKey\":\"" + ISSUE_KEY + "\"}";
  }

  public List<String> jobs() {
    return app.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT job_key || ' ' || status FROM outbox ORDER BY id")
                    .mapTo(String.class)
                    .list());
  }

  public String lastError(String jobKey) {
    return app.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT last_error FROM outbox WHERE job_key = :k")
                    .bind("k", jobKey)
                    .mapTo(String.class)
                    .one());
  }

  public Instant nextAttempt(String jobKey) {
    return app.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT next_attempt_at FROM outbox WHERE job_key = :k")
                    .bind("k", jobKey)
                    .mapTo(OffsetDateTime.class)
                    .one()
                    .toInstant());
  }

  public int writtenBack() {
    return app.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM lessons WHERE written_back_at IS NOT NULL")
                    .mapTo(Integer.class)
                    .one());
  }

  // ---- the fake Jira ----

  public String path(String tail) {
    return site.api + "/issue/" + ISSUE_KEY + tail;
  }

  public String fixture(String name) {
    String resource = "/jira/" + site.fixtureDir() + "/" + name;
    try (InputStream in = JiraOrder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Jira that accepts the link, the comment and the property. */
  public void jiraAccepts() {
    jira.stubFor(linkCall().willReturn(okJson(fixture("remotelink-created.json"))));
    jira.stubFor(commentCall().willReturn(okJson(fixture("comment-created.json")).withStatus(201)));
    jira.stubFor(propertyCall().willReturn(okJson("{}")));
    jira.stubFor(
        get(urlPathEqualTo(path("/comment"))).willReturn(okJson(fixture("comments-page.json"))));
  }

  /** Jira's answer to listing the issue's comments: a fixture page. */
  public void commentsListed(String fixture) {
    jira.stubFor(get(urlPathEqualTo(path("/comment"))).willReturn(okJson(fixture(fixture))));
  }

  public MappingBuilder linkCall() {
    return post(urlPathEqualTo(path("/remotelink")));
  }

  public MappingBuilder commentCall() {
    return post(urlPathEqualTo(path("/comment")));
  }

  public MappingBuilder propertyCall() {
    return put(urlPathEqualTo(path("/properties/learning-office")));
  }

  public static ResponseDefinitionBuilder status(int status, String... headers) {
    var response =
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errorMessages\":[\"Jira says " + status + "\"],\"errors\":{}}");
    for (int i = 0; i < headers.length; i += 2) {
      response.withHeader(headers[i], headers[i + 1]);
    }
    return response;
  }

  public List<LoggedRequest> links() {
    return jira.findAll(WireMock.postRequestedFor(urlPathEqualTo(path("/remotelink"))));
  }

  public List<LoggedRequest> comments() {
    return jira.findAll(WireMock.postRequestedFor(urlPathEqualTo(path("/comment"))));
  }

  public List<LoggedRequest> commentLookups() {
    return jira.findAll(WireMock.getRequestedFor(urlPathEqualTo(path("/comment"))));
  }

  public List<LoggedRequest> properties() {
    return jira.findAll(
        WireMock.putRequestedFor(urlPathEqualTo(path("/properties/learning-office"))));
  }

  /** Every request the fake Jira received. */
  public int jiraCalls() {
    return jira.getAllServeEvents().size();
  }

  public JsonNode json(LoggedRequest request) {
    try {
      return app.get(ObjectMapper.class).readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
