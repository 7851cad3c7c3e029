package org.learningoffice.capture;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The form's "Create a Jira issue for this action" button: asked twice, Jira (a spec-checked
 * WireMock of either deployment) gets one create and one link, and the form names the issue; a
 * forged link and a POST from another site are refused; without {@code actions.project} there is no
 * button.
 */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("cases")
class ActionIssueButtonTest {
  private static final String ACTION = "Add a <b>jig</b> check to the weld plan";

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final JiraOrder.Site site;
  private TestApp app;
  private JiraOrder order;

  ActionIssueButtonTest(TestDatabase.Kind kind, JiraOrder.Site site) {
    this.kind = kind;
    this.site = site;
  }

  static Stream<Arguments> cases() {
    return Stream.of(TestDatabase.Kind.values())
        .flatMap(kind -> Stream.of(JiraOrder.Site.values()).map(site -> Arguments.of(kind, site)));
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void eachActionButtonIsDescribedByItsLessonsTitle() {
    String token = orderWithAnAction(true);
    String lesson = app.text("SELECT public_id FROM lessons");
    String page = FormClient.browser(app).get(token).body();

    // every lesson's button reads the same; a screen reader's list of buttons tells them apart
    assertThat(page)
        .contains("<h3 dir=\"auto\" id=\"lesson-title-" + lesson + "\">Weld jig tolerances</h3>")
        .contains(
            "id=\"action-button-"
                + lesson
                + "\" aria-describedby=\"lesson-title-"
                + lesson
                + "\">");
  }

  @Test
  void twoClicksMakeOneIssueLinkedToTheOrderAndTheFormNamesIt() {
    String token = orderWithAnAction(true);
    String lesson = app.text("SELECT public_id FROM lessons");
    FormClient browser = FormClient.browser(app);
    HttpResponse<String> form = browser.get(token);
    assertThat(form.body())
        .contains("Create a Jira issue for this action")
        .contains("Proposed: <bdi>Add a &lt;b&gt;jig&lt;/b&gt; check");
    Map<String, String> button = button(form.body(), lesson);

    HttpResponse<String> first = browser.postAction(token, button);
    HttpResponse<String> second = browser.postAction(token, button);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .contains("id=\"action-notice\"")
        .contains("is queued")
        .contains("id=\"action-issue-" + lesson + "\"")
        .doesNotContain("id=\"action-button-" + lesson + "\"");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(order.runOutbox()).as("one job for two clicks").isEqualTo(1);
    order.runOutbox();

    assertThat(wireMock.server().findAll(postRequestedFor(urlPathEqualTo(api("/issue")))))
        .hasSize(1);
    assertThat(wireMock.server().findAll(postRequestedFor(urlPathEqualTo(api("/issueLink")))))
        .hasSize(1);
    assertThat(browser.get(token).body()).doesNotContain("id=\"action-form-");
    // a third click, from a page opened before the issue existed
    HttpResponse<String> third = browser.postAction(token, button);
    assertThat(third.body())
        .contains("The Jira issue LO-7 was created for this action.")
        .contains("<a href=\"" + wireMock.baseUrl() + "/browse/LO-7\">LO-7</a>");
    order.runOutbox();
    assertThat(wireMock.server().findAll(postRequestedFor(urlPathEqualTo(api("/issue")))))
        .hasSize(1);
  }

  @Test
  void aForgedLinkAndACrossSitePostAreRefusedAndQueueNothing() {
    String token = orderWithAnAction(true);
    String lesson = app.text("SELECT public_id FROM lessons");
    Map<String, String> button = button(FormClient.browser(app).get(token).body(), lesson);

    HttpResponse<String> forged =
        FormClient.browser(app).postAction(token.substring(0, token.length() - 2) + "xx", button);
    // another site can make the browser POST, but SameSite keeps the form cookie at home
    HttpResponse<String> crossSite = FormClient.cookieless(app).postAction(token, button);
    // and a browser of its own does not make the stolen CSRF value its own
    FormClient other = FormClient.browser(app);
    other.get(token);
    HttpResponse<String> otherBrowser = other.postAction(token, button);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("Your lesson was not saved");
    for (HttpResponse<String> refused : java.util.List.of(crossSite, otherBrowser)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("Open the form link again");
    }
    assertThat(app.count("SELECT COUNT(*) FROM outbox")).isZero();
  }

  @Test
  void aLessonOfAnotherOrderIs404() {
    String token = orderWithAnAction(true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> button =
        button(browser.get(token).body(), app.text("SELECT public_id FROM lessons"));
    button.put("lesson", "00000000-0000-0000-0000-000000000000");

    HttpResponse<String> page = browser.postAction(token, button);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("This order has no such lesson");
    assertThat(app.count("SELECT COUNT(*) FROM outbox")).isZero();
  }

  @Test
  void anActionRequestThatCannotBeServedShowsTheFormAgainWithTheLessonBeingWritten() {
    String token = orderWithAnAction(true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> button =
        button(browser.get(token).body(), app.text("SELECT public_id FROM lessons"));
    // the form's script sends the lesson being written along with the button
    button.put("title", "Second lesson, half written");
    button.put("text", "The <b>crane</b> came a day late & nobody knew.");
    button.put("stage", "DELIVERY");
    button.put("unit", "BETWEEN");
    button.put("direction", "FOR");
    button.put("action", "Book the crane with a day's margin");
    button.put("author", "Bo Lind");
    button.put("lesson", "00000000-0000-0000-0000-000000000000");

    HttpResponse<String> page = browser.postAction(token, button);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("role=\"alert\" id=\"action-notice\">This order has no such lesson")
        .contains("id=\"lesson-form\"")
        .contains("value=\"Second lesson, half written\"")
        .contains(">The &lt;b&gt;crane&lt;/b&gt; came a day late &amp; nobody knew.</textarea>")
        .contains("<option value=\"DELIVERY\" selected>")
        .contains("<option value=\"BETWEEN\" selected>")
        .contains("<option value=\"FOR\" selected>")
        .contains(">Book the crane with a day&#39;s margin</textarea>")
        .contains("value=\"Bo Lind\"");
    assertThat(app.count("SELECT COUNT(*) FROM outbox")).isZero();

    // not a dead end: the lesson is saved from the page that came back
    Map<String, String> save = new LinkedHashMap<>(FormClient.hidden(page.body()));
    save.remove("lesson");
    save.putAll(
        Map.of(
            "title", "Second lesson, half written",
            "text", "The crane came a day late.",
            "author", "Bo Lind"));
    assertThat(browser.post(token, FormClient.encode(save)).statusCode()).isEqualTo(200);
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isEqualTo(2);
  }

  @Test
  void withoutAnActionsProjectTheButtonIsAbsentAndAPostIsRefused() {
    String token = orderWithAnAction(false);
    String lesson = app.text("SELECT public_id FROM lessons");
    FormClient browser = FormClient.browser(app);
    HttpResponse<String> form = browser.get(token);
    assertThat(form.body())
        .contains("Proposed: <bdi>Add a &lt;b&gt;jig&lt;/b&gt; check")
        .doesNotContain("Create a Jira issue")
        .doesNotContain("/action\"");
    Map<String, String> button = new LinkedHashMap<>(FormClient.hidden(form.body()));
    button.put("lesson", lesson);

    HttpResponse<String> page = browser.postAction(token, button);

    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("actions.project");
    assertThat(app.count("SELECT COUNT(*) FROM outbox")).isZero();
  }

  // ---- helpers ----

  /** ORD-42 with one stored lesson proposing {@link #ACTION}; returns its form token. */
  private String orderWithAnAction(boolean actionsProject) {
    TestApp.Builder builder = JiraOrder.app(kind, site, wireMock);
    if (actionsProject) {
      builder.set("actions.project", "LO").set("actions.issueType", "Task");
    }
    app = builder.serveHttp();
    order = new JiraOrder(app, site, wireMock);
    long orderId = order.insertOrder("CLOSED");
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.execute("UPDATE lessons SET proposed_action = '" + ACTION + "'");
    // only the action's job is of interest here: the lesson's write-back is another test's
    app.execute("DELETE FROM outbox");
    wireMock.server().stubFor(post(urlPathEqualTo(api("/issue"))).willReturn(created()));
    wireMock
        .server()
        .stubFor(post(urlPathEqualTo(api("/issueLink"))).willReturn(okJson("{}").withStatus(201)));
    wireMock
        .server()
        .stubFor(
            get(urlPathEqualTo(api("/issue/LO-7")))
                .willReturn(
                    okJson(
                        "{\"id\":\"10100\",\"key\":\"LO-7\",\"fields\":{\"summary\":\"Add a jig"
                            + " check\",\"status\":{\"name\":\"To Do\",\"statusCategory\":"
                            + "{\"key\":\"new\"}},\"assignee\":null,\"labels\":[],"
                            + "\"created\":\"2025-11-24T08:00:00.000+0000\"}}")));
    return app.get(FormTokenSigner.class).sign(JiraOrder.ISSUE_ID);
  }

  /** The hidden fields of the lesson's button on a rendered form. */
  @Test
  void aRefusedButtonGivesBackTheLessonBeingWritten() {
    String token = orderWithAnAction(true);
    String lesson = app.text("SELECT public_id FROM lessons");
    Map<String, String> button =
        new LinkedHashMap<>(button(FormClient.browser(app).get(token).body(), lesson));
    // the form's script sends the lesson being written along with the button
    button.put("title", "Second lesson, half written");
    button.put("text", "The <b>crane</b> came a day late & nobody knew.");

    HttpResponse<String> lostCookie = FormClient.cookieless(app).postAction(token, button);

    assertThat(lostCookie.statusCode()).isEqualTo(403);
    assertThat(lostCookie.body())
        .contains("Your lesson was not saved")
        .contains("Second lesson, half written")
        .contains("The &lt;b&gt;crane&lt;/b&gt; came a day late &amp; nobody knew.");
    assertThat(app.count("SELECT COUNT(*) FROM outbox")).isZero();
  }

  private static Map<String, String> button(String page, String lesson) {
    int form = page.indexOf("id=\"action-form-" + lesson + "\"");
    assertThat(form).as("the lesson's action button").isPositive();
    Map<String, String> fields =
        new LinkedHashMap<>(FormClient.hidden(page.substring(form, page.indexOf("</form>", form))));
    assertThat(fields).containsKeys("csrf", "nonce", "lesson");
    return fields;
  }

  private String api(String tail) {
    return (site == JiraOrder.Site.CLOUD ? "/rest/api/3" : "/rest/api/2") + tail;
  }

  private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return okJson(order.fixture("issue-created.json")).withStatus(201);
  }
}
