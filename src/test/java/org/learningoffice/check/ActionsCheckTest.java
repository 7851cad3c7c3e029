package org.learningoffice.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.config.AppConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraUser;
import org.learningoffice.jira.UserId;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * What {@code check} says of {@code actions.*}: where action issues go, and, asked of a
 * spec-checked WireMock Jira of either deployment, whether the project exists, has the issue type
 * and lets the account create issues in it.
 */
@ParameterizedClass(name = "with {0}")
@EnumSource(JiraOrder.Site.class)
class ActionsCheckTest {
  private static final String OPS =
      "{\"self\":\"https://jira.example.com/rest/api/3/project/10000\",\"id\":\"10000\","
          + "\"key\":\"OPS\",\"name\":\"Operations\",\"issueTypes\":["
          + "{\"id\":\"10001\",\"name\":\"Bug\",\"subtask\":false},"
          + "{\"id\":\"10002\",\"name\":\"Story\",\"subtask\":false}%s]}";
  private static final String TASK = ",{\"id\":\"10003\",\"name\":\"Task\",\"subtask\":false}";
  private static final String CREATE_ISSUES =
      "{\"permissions\":{\"CREATE_ISSUES\":{\"id\":\"11\",\"key\":\"CREATE_ISSUES\","
          + "\"name\":\"Create Issues\",\"type\":\"PROJECT\","
          + "\"description\":\"Ability to create issues.\",\"havePermission\":%s}}}";

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

  /** What {@code check} says of actions: Jira asked as the signed-in account, or not at all. */
  private List<CheckResult> check(String project, boolean createIssues, boolean jiraAnswers) {
    TestApp.Builder builder =
        JiraOrder.app(TestDatabase.Kind.H2, site, wireMock)
            .set("actions.issueType", "Task")
            .set("actions.createIssues", createIssues);
    if (project != null) {
      builder.set("actions.project", project);
    }
    app = builder.build();
    AppConfig config = app.get(AppConfig.class);
    ActionsCheck check =
        new ActionsCheck(
            config.actions(),
            new IssueProjectCheck(app.get(JiraClient.class), config.jira().credentials()));
    return jiraAnswers ? check.run(signedIn()) : check.run();
  }

  private CheckResult actionsLine(String project, boolean createIssues) {
    return check(project, createIssues, true).get(0);
  }

  private JiraUser signedIn() {
    return site == JiraOrder.Site.CLOUD
        ? new JiraUser(new UserId.AccountId("5b10a2844c20165700ede21g"), "Learning Office Bot")
        : new JiraUser(new UserId.Username("learning-office"), "Learning Office Bot");
  }

  private String accountId() {
    return site == JiraOrder.Site.CLOUD ? "5b10a2844c20165700ede21g" : "learning-office";
  }

  private void projectAnswers(String body) {
    wireMock.server().stubFor(get(urlPathEqualTo(api("/project/OPS"))).willReturn(okJson(body)));
  }

  private void createIssuesAnswers(boolean havePermission) {
    wireMock
        .server()
        .stubFor(
            get(urlPathEqualTo(api("/mypermissions")))
                .withQueryParam("projectKey", equalTo("OPS"))
                .withQueryParam("permissions", equalTo("CREATE_ISSUES"))
                .willReturn(okJson(String.format(CREATE_ISSUES, havePermission))));
  }

  private String api(String tail) {
    return (site == JiraOrder.Site.CLOUD ? "/rest/api/3" : "/rest/api/2") + tail;
  }

  @Test
  void withoutAProjectNoActionIssueIsCreatedAndJiraIsNotAsked() {
    CheckResult result = actionsLine(null, false);

    assertThat(result.status()).isEqualTo(CheckResult.Status.SKIP);
    assertThat(result.detail()).contains("actions.project is not set");
    assertThat(wireMock.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aProjectWithTheIssueTypeSaysWhereHowTheyAreLinkedAndPolledAndWhatTheWebhookNeeds() {
    projectAnswers(String.format(OPS, TASK));
    createIssuesAnswers(true);

    CheckResult result = actionsLine("OPS", true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.OK);
    assertThat(result.line())
        .startsWith("OK   actions: every proposed action becomes one of the Task issues in OPS")
        .contains("(Relates)")
        .contains("polled every 15m")
        .contains("labels = learning-office-action");
  }

  @Test
  void withoutCreateIssuesAnIssueIsCreatedWhenAskedForOnTheForm() {
    projectAnswers(String.format(OPS, TASK));
    createIssuesAnswers(true);

    CheckResult result = actionsLine("OPS", false);

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

    List<CheckResult> results = check("OPS", true, true);

    assertThat(results)
        .singleElement()
        .extracting(CheckResult::line)
        .asString()
        .startsWith("FAIL actions: project OPS not found");
    assertThat(wireMock.server().findAll(getRequestedFor(urlPathEqualTo(api("/mypermissions")))))
        .as("no permission asked of a project Jira does not know")
        .isEmpty();
  }

  @Test
  void anIssueTypeTheProjectLacksFailsNamingTheTypesItHas() {
    projectAnswers(String.format(OPS, ""));
    createIssuesAnswers(true);

    CheckResult result = actionsLine("OPS", true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.line())
        .isEqualTo("FAIL actions: issue type Task not in project OPS; it has: Bug, Story");
  }

  @Test
  void whenJiraDidNotAnswerTheProjectIsNotAsked() {
    List<CheckResult> results = check("OPS", true, false);

    assertThat(results)
        .singleElement()
        .extracting(CheckResult::status)
        .isEqualTo(CheckResult.Status.OK);
    assertThat(wireMock.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void anAccountThatMayCreateIssuesInTheProjectPassesOnALineOfItsOwn() {
    projectAnswers(String.format(OPS, TASK));
    createIssuesAnswers(true);

    List<CheckResult> results = check("OPS", true, true);

    assertThat(results)
        .extracting(CheckResult::status)
        .containsExactly(CheckResult.Status.OK, CheckResult.Status.OK);
    assertThat(results.get(1).line())
        .isEqualTo("OK   actions permission: Learning Office Bot may create issues in project OPS");
    wireMock
        .server()
        .verify(
            1,
            getRequestedFor(urlPathEqualTo(api("/mypermissions")))
                .withQueryParam("projectKey", equalTo("OPS"))
                .withQueryParam("permissions", equalTo("CREATE_ISSUES")));
  }

  @Test
  void anAccountThatMayNotCreateIssuesFailsNamingItTheProjectAndWhatToGrant() {
    projectAnswers(String.format(OPS, TASK));
    createIssuesAnswers(false);

    List<CheckResult> results = check("OPS", false, true);

    assertThat(results.get(0).status()).isEqualTo(CheckResult.Status.OK);
    assertThat(results.get(1).line())
        .isEqualTo(
            "FAIL actions permission: Learning Office Bot ("
                + accountId()
                + ") lacks CREATE_ISSUES in project OPS, so no action issue can be created; grant"
                + " 'Create issues' in project OPS's permission scheme to the account "
                + (site == JiraOrder.Site.CLOUD
                    ? "in jira.email (bot@example.com)"
                    : "of jira.personalAccessToken")
                + ", or turn actions off (leave actions.project out)");
  }

  @Test
  void aMissingIssueTypeAndAMissingPermissionAreBothReported() {
    projectAnswers(String.format(OPS, ""));
    createIssuesAnswers(false);

    List<CheckResult> results = check("OPS", true, true);

    assertThat(results)
        .extracting(CheckResult::status)
        .containsExactly(CheckResult.Status.FAIL, CheckResult.Status.FAIL);
    assertThat(results.get(1).detail()).contains("lacks CREATE_ISSUES in project OPS");
  }

  @ParameterizedTest(name = "Jira answers {0}")
  @ValueSource(ints = {403, 404, 500, 503})
  void aJiraErrorOnThePermissionQuestionIsOneFailingLineWithJirasAnswer(int status) {
    projectAnswers(String.format(OPS, TASK));
    wireMock
        .server()
        .stubFor(
            get(urlPathEqualTo(api("/mypermissions")))
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"errorMessages\":[\"Something went wrong (test)\"],"
                                + "\"errors\":{}}")));

    List<CheckResult> results = check("OPS", true, true);

    assertThat(results.get(1).status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(results.get(1).line())
        .startsWith(
            "FAIL actions permission: cannot ask Jira whether Learning Office Bot may create"
                + " issues in OPS: ")
        .contains(String.valueOf(status))
        .contains("GET " + api("/mypermissions").substring(1))
        .doesNotContain("Exception")
        .doesNotContain("\n");
  }
}
