package org.learningoffice.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.config.AppConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * What {@code check} says of {@code actions.*}: where action issues go, and, asked of a
 * spec-checked WireMock Jira of either deployment, whether the project exists and has the issue
 * type.
 */
@ParameterizedClass(name = "with {0}")
@EnumSource(JiraOrder.Site.class)
class ActionsCheckTest {
  private static final String OPS =
      "{\"self\":\"https://jira.example.com/rest/api/3/project/10000\",\"id\":\"10000\","
          + "\"key\":\"OPS\",\"name\":\"Operations\",\"issueTypes\":["
          + "{\"id\":\"10001\",\"name\":\"Bug\",\"subtask\":false},"
          + "{\"id\":\"10002\",\"name\":\"Story\",\"subtask\":false}%s]}";

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final JiraOrder.Site site;
  private TestApp app;

  ActionsCheckTest(JiraOrder.Site site) {
    this.site = site;
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private CheckResult check(String project, boolean createIssues, boolean jiraAnswers) {
    TestApp.Builder builder =
        JiraOrder.app(TestDatabase.Kind.H2, site, wireMock)
            .set("actions.issueType", "Task")
            .set("actions.createIssues", createIssues);
    if (project != null) {
      builder.set("actions.project", project);
    }
    app = builder.build();
    return new ActionsCheck(app.get(AppConfig.class).actions(), app.get(JiraClient.class))
        .run(jiraAnswers)
        .get(0);
  }

  private void projectAnswers(String body) {
    wireMock.server().stubFor(get(urlPathEqualTo(api("/project/OPS"))).willReturn(okJson(body)));
  }

  private String api(String tail) {
    return (site == JiraOrder.Site.CLOUD ? "/rest/api/3" : "/rest/api/2") + tail;
  }

  @Test
  void withoutAProjectNoActionIssueIsCreatedAndJiraIsNotAsked() {
    CheckResult result = check(null, false, true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.SKIP);
    assertThat(result.detail()).contains("actions.project is not set");
    assertThat(wireMock.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aProjectWithTheIssueTypeSaysWhereHowTheyAreLinkedAndPolledAndWhatTheWebhookNeeds() {
    projectAnswers(String.format(OPS, ",{\"id\":\"10003\",\"name\":\"Task\",\"subtask\":false}"));

    CheckResult result = check("OPS", true, true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.OK);
    assertThat(result.line())
        .startsWith("OK   actions: every proposed action becomes one of the Task issues in OPS")
        .contains("(Relates)")
        .contains("polled every 15m")
        .contains("labels = learning-office-action");
  }

  @Test
  void withoutCreateIssuesAnIssueIsCreatedWhenAskedForOnTheForm() {
    projectAnswers(String.format(OPS, ",{\"id\":\"10003\",\"name\":\"Task\",\"subtask\":false}"));

    CheckResult result = check("OPS", false, true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.OK);
    assertThat(result.detail())
        .contains("Task issues in OPS when someone asks for it on the lesson form");
  }

  @Test
  void aProjectJiraDoesNotKnowFails() {
    wireMock
        .server()
        .stubFor(
            get(urlPathEqualTo(api("/project/OPS")))
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"errorMessages\":[\"No project could be found with key 'OPS'.\"],"
                                + "\"errors\":{}}")));

    CheckResult result = check("OPS", true, true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.line()).startsWith("FAIL actions: project OPS not found");
  }

  @Test
  void anIssueTypeTheProjectLacksFailsNamingTheTypesItHas() {
    projectAnswers(String.format(OPS, ""));

    CheckResult result = check("OPS", true, true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.line())
        .isEqualTo("FAIL actions: issue type Task not in project OPS; it has: Bug, Story");
  }

  @Test
  void whenJiraDidNotAnswerTheProjectIsNotAsked() {
    CheckResult result = check("OPS", true, false);

    assertThat(result.status()).isEqualTo(CheckResult.Status.OK);
    assertThat(wireMock.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
