package org.learningoffice.jira;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.learningoffice.config.Secret;
import org.learningoffice.jira.Document.Paragraph;

/**
 * The contract against a real Jira, when one is configured; skipped, with the reason, otherwise.
 *
 * <ul>
 *   <li>{@code LO_TEST_JIRA_URL}: the site.
 *   <li>{@code LO_TEST_JIRA_EMAIL} + {@code LO_TEST_JIRA_TOKEN} (Cloud) or {@code LO_TEST_JIRA_PAT}
 *       (Data Center).
 *   <li>{@code LO_TEST_JIRA_ISSUE}: an issue the tests may read, comment on, link from and set the
 *       property {@code learning-office-contract-test} on. Without it those tests are skipped.
 *   <li>{@code LO_TEST_JIRA_JQL}: the search to page through (default {@code key = <issue>}).
 *   <li>{@code LO_TEST_JIRA_CREATE_PROJECT} (+ {@code LO_TEST_JIRA_ISSUE_TYPE}, default Task): a
 *       project to create an issue in; without it that test is skipped.
 * </ul>
 */
class LiveJiraContractTest extends JiraClientContract {
  private static final String WHY_SKIPPED =
      "live Jira contract needs LO_TEST_JIRA_URL and LO_TEST_JIRA_EMAIL + LO_TEST_JIRA_TOKEN"
          + " (Cloud) or LO_TEST_JIRA_PAT (Data Center)";

  @BeforeEach
  void requireALiveJira() {
    Assumptions.assumeTrue(auth().isPresent() && env("LO_TEST_JIRA_URL").isPresent(), WHY_SKIPPED);
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }

  private static String required(String name, String purpose) {
    Optional<String> value = env(name);
    Assumptions.assumeTrue(value.isPresent(), name + " not set: " + purpose + " skipped");
    return value.orElseThrow();
  }

  private static Optional<JiraAuth> auth() {
    Optional<JiraAuth> pat =
        env("LO_TEST_JIRA_PAT").map(token -> new JiraAuth.PersonalAccessToken(Secret.of(token)));
    if (pat.isPresent()) {
      return pat;
    }
    return env("LO_TEST_JIRA_EMAIL")
        .flatMap(
            email ->
                env("LO_TEST_JIRA_TOKEN")
                    .map(token -> new JiraAuth.CloudApiToken(email, Secret.of(token))));
  }

  @Override
  protected JiraClient client(boolean detect) {
    URI url = URI.create(env("LO_TEST_JIRA_URL").orElseThrow());
    JiraAuth auth = auth().orElseThrow();
    JiraSite site =
        detect ? JiraSite.detecting(url, auth) : JiraSite.of(url, expectedDeployment(), auth);
    return OkHttpJiraClient.create(site, TestJira.JSON);
  }

  @Override
  protected Deployment expectedDeployment() {
    return env("LO_TEST_JIRA_PAT").isPresent() ? Deployment.DATA_CENTER : Deployment.CLOUD;
  }

  @Override
  protected String propertyKey() {
    return "learning-office-contract-test";
  }

  @Override
  protected String globalIdPrefix() {
    return "learning-office-contract-test:";
  }

  private String issue(String purpose) {
    return required("LO_TEST_JIRA_ISSUE", purpose);
  }

  @Override
  protected void givenServerInfo() {}

  @Override
  protected void givenMyself() {}

  @Override
  protected void givenFields() {}

  @Override
  protected String givenPermissionsInProject() {
    String issue = issue("permissions in the issue's project");
    return issue.substring(0, issue.lastIndexOf('-'));
  }

  @Override
  protected SearchQuery givenSearch() {
    String jql = env("LO_TEST_JIRA_JQL").orElseGet(() -> "key = " + issue("search"));
    return SearchQuery.of(jql).withPageSize(2);
  }

  @Override
  protected String givenIssueWithChangelog() {
    return issue("reading an issue");
  }

  @Override
  protected String givenIssueToWriteOn() {
    return issue("writing to an issue");
  }

  @Override
  protected NewIssue givenIssueToCreate() {
    String project = required("LO_TEST_JIRA_CREATE_PROJECT", "creating an issue");
    return new NewIssue(
        project,
        env("LO_TEST_JIRA_ISSUE_TYPE").orElse("Task"),
        "Learning office contract test",
        Document.of(
            Paragraph.of(Document.text("Created by LiveJiraContractTest; safe to delete."))),
        List.of("learning-office-contract-test"));
  }
}
