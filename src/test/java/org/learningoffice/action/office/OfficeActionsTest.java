package org.learningoffice.action.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.action.LessonActions;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.DigestBuilder;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Outline;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The dashboard's "Open actions", oldest first with lesson, order, age, assignee and status or "no
 * issue", and "Mark done" for an action without an issue: a logged-in lead only, from this site
 * only, once; the digest's "Done this week" then credits it.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class OfficeActionsTest {
  private static final String BEARER = "Bearer " + DigestFixtures.ACCESS_TOKEN;

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final HttpClient http = HttpClient.newHttpClient();
  private TestApp app;
  private long withoutIssue;
  private long withIssue;

  OfficeActionsTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void twoOpenActions() {
    app = DigestFixtures.app().database(kind).serveHttp();
    JiraOrder order = new JiraOrder(app, JiraOrder.Site.CLOUD, wireMock);
    long orderId = order.insertOrder("CLOSED");
    withoutIssue = proposeAction(orderId, "Weld <b>jig</b> tolerances", "Send the drawings");
    app.clock().advance(Duration.ofDays(2));
    withIssue = proposeAction(orderId, "Late seals", "Qualify a second supplier");
    app.execute(
        "UPDATE lesson_actions SET issue_id = '10100', issue_key = 'LO-7', state = 'OPEN',"
            + " status = 'In Progress', assignee = 'Carl Carlsson' WHERE id = "
            + withIssue);
    app.clock().advance(Duration.ofDays(1));
  }

  private long proposeAction(long orderId, String title, String action) {
    String publicId =
        new JiraOrder(app, JiraOrder.Site.CLOUD, wireMock).submitLesson(orderId, title, "Alice");
    app.execute(
        "UPDATE lessons SET proposed_action = '"
            + action
            + "' WHERE public_id = '"
            + publicId
            + "'");
    Lesson lesson =
        app.get(LessonRepository.class).ofOrder(orderId).stream()
            .filter(l -> l.publicId().equals(publicId))
            .findFirst()
            .orElseThrow();
    return app.database()
        .jdbi()
        .inTransaction(h -> app.get(LessonActions.class).propose(h, lesson))
        .orElseThrow()
        .id();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void openActionsAreListedOldestFirstWithOrderAgeAssigneeAndStatusOrNoIssue() throws Exception {
    String page = get("/office", "Authorization", BEARER).body();

    String section = section(page);
    assertThat(section)
        .contains("Open actions (2)")
        .contains("Weld &lt;b&gt;jig&lt;/b&gt; tolerances")
        .doesNotContain("<b>jig</b>")
        .contains("href=\"https://acme.atlassian.net/browse/ORD-42\">ORD-42</a>");
    String first = row(section, withoutIssue);
    assertThat(first)
        .contains("<td>3 days</td>")
        .contains("<td>nobody</td>")
        .contains("<td>no issue</td>")
        .contains("action=\"/office/actions/" + withoutIssue + "/done\"")
        .contains(">Mark done</button>");
    String second = row(section, withIssue);
    assertThat(second)
        .contains("Late seals")
        .contains("<td>1 day</td>")
        .contains("<td>Carl Carlsson</td>")
        .contains("<td>In Progress</td>")
        .contains("href=\"https://acme.atlassian.net/browse/LO-7\">LO-7</a>")
        .doesNotContain("Mark done");
    assertThat(section.indexOf("id=\"action-" + withoutIssue + "\""))
        .as("oldest first")
        .isLessThan(section.indexOf("id=\"action-" + withIssue + "\""));
  }

  @Test
  void pastTheListedOldestTheHeadingCountsEveryOpenActionAndSaysHowManyAreShown() throws Exception {
    long orderId = Long.parseLong(app.text("SELECT id FROM orders"));
    for (int i = 0; i < 20; i++) {
      proposeAction(orderId, "More work " + i, "Act " + i);
    }

    String section = section(get("/office", "Authorization", BEARER).body());

    assertThat(section).contains("Open actions (22)").contains("The oldest 20 of 22.");
    assertThat(section.split("id=\"action-", -1)).hasSize(21);
  }

  @Test
  void aLoggedInLeadMarksAnActionDoneOnceAndTheDigestCreditsIt() throws Exception {
    String session = login();

    HttpResponse<String> done = markDone(withoutIssue, "Cookie", session, "Origin", origin());
    String doneAt = app.text("SELECT done_at FROM lesson_actions WHERE id = " + withoutIssue);
    app.clock().advance(Duration.ofMinutes(5));
    HttpResponse<String> again = markDone(withoutIssue, "Cookie", session, "Origin", origin());

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.headers().firstValue("Location")).contains("/office#open-actions");
    assertThat(again.statusCode()).as("idempotent").isEqualTo(303);
    assertThat(
            app.texts(
                "SELECT state || ' ' || done_by FROM lesson_actions WHERE id = " + withoutIssue))
        .containsExactly("DONE DASHBOARD");
    assertThat(app.text("SELECT done_at FROM lesson_actions WHERE id = " + withoutIssue))
        .as("the second press changes nothing")
        .isEqualTo(doneAt);
    String section = section(get("/office", "Cookie", session).body());
    assertThat(section).contains("Open actions (1)").doesNotContain("Weld &lt;b&gt;jig");
    List<Outline.Section> credited =
        app.get(DigestBuilder.class).build(thisWeek()).contributed().stream()
            .filter(s -> s.title().equals("Done this week"))
            .toList();
    assertThat(credited).hasSize(1);
    Outline.Para line = (Outline.Para) credited.get(0).blocks().get(0);
    assertThat(line.spans().get(0).text()).isEqualTo("Send the drawings");
    assertThat(line.spans().get(1).text()).contains("Weld <b>jig</b> tolerances");
  }

  @Test
  void withoutALoginOrFromAnotherSiteNothingIsMarked() throws Exception {
    String session = login();

    HttpResponse<String> anonymous = markDone(withoutIssue, "Origin", origin());
    HttpResponse<String> crossSite =
        markDone(withoutIssue, "Cookie", session, "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> otherOrigin =
        markDone(withoutIssue, "Cookie", session, "Origin", "https://evil.example");

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Log in to mark actions done");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(otherOrigin.statusCode()).isEqualTo(403);
    assertThat(otherOrigin.body()).contains("sent from another site");
    assertThat(app.text("SELECT state FROM lesson_actions WHERE id = " + withoutIssue))
        .isEqualTo("PROPOSED");
  }

  @Test
  void anUnknownActionIs404AndOneWithAnIssueIs409() throws Exception {
    String session = login();

    HttpResponse<String> unknown = markDone(999_999, "Cookie", session, "Origin", origin());
    HttpResponse<String> garbage =
        send(
            HttpRequest.newBuilder(URI.create(origin() + "/office/actions/x%3Cb%3E/done"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Cookie", session)
                .header("Origin", origin()));
    HttpResponse<String> hasIssue = markDone(withIssue, "Cookie", session, "Origin", origin());

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No such action").contains("There is no action 999999.");
    assertThat(garbage.statusCode()).isEqualTo(404);
    assertThat(garbage.body()).contains("x&lt;b&gt;").doesNotContain("x<b>");
    assertThat(hasIssue.statusCode()).isEqualTo(409);
    assertThat(hasIssue.body()).contains("it is done when its issue is done in Jira");
    assertThat(app.text("SELECT state FROM lesson_actions WHERE id = " + withIssue))
        .isEqualTo("OPEN");
  }

  // ---- helpers ----

  private IsoWeek thisWeek() {
    ZoneId zone = app.get(DigestConfig.class).zone();
    return IsoWeek.of(LocalDate.ofInstant(app.clock().instant(), zone));
  }

  private static String section(String page) {
    int start = page.indexOf("<section id=\"open-actions\">");
    assertThat(start).as("the open actions section").isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static String row(String section, long id) {
    int start = section.indexOf("<tr id=\"action-" + id + "\">");
    assertThat(start).as("row of action " + id).isNotNegative();
    return section.substring(start, section.indexOf("</tr>", start));
  }

  private String origin() {
    return "http://127.0.0.1:" + app.port();
  }

  private String login() throws Exception {
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(origin() + "/office/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "token="
                            + URLEncoder.encode(
                                DigestFixtures.ACCESS_TOKEN, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).isEqualTo(303);
    String header = login.headers().firstValue("Set-Cookie").orElseThrow();
    return header.substring(0, header.indexOf(';'));
  }

  private HttpResponse<String> markDone(long id, String... headers) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(origin() + "/office/actions/" + id + "/done"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .headers(headers));
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(origin() + path)).headers(headers));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
