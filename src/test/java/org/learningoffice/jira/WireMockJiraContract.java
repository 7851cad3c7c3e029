package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.jira.Document.Paragraph;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The contract against a WireMock Jira answering from fixtures, with every request and answer
 * checked against the OpenAPI spec. The {@code then...} hooks pin what the client sends, from the
 * {@code *-request.json} fixtures.
 */
abstract class WireMockJiraContract extends JiraClientContract {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();

  JiraStubs stubs() {
    return new JiraStubs(jira.server(), expectedDeployment());
  }

  @Override
  protected JiraClient client(boolean detect) {
    JiraSite site =
        expectedDeployment() == Deployment.CLOUD
            ? TestJira.cloudSite(jira.baseUrl())
            : TestJira.dataCenterSite(jira.baseUrl());
    if (detect) {
      site =
          new JiraSite(
              site.baseUrl(), Optional.empty(), site.auth(), site.timeouts(), site.retry());
    }
    return TestJira.client(site, time);
  }

  @Override
  protected void givenServerInfo() {
    stubs().serverInfo();
  }

  @Override
  protected void givenMyself() {
    stubs().myself();
  }

  @Override
  protected String givenPermissionsInProject() {
    stubs().permissions();
    return "ORD";
  }

  @Override
  protected void givenFields() {
    stubs().fields();
  }

  @Override
  protected SearchQuery givenSearch() {
    stubs().threeSearchPages();
    return SearchQuery.of("project = ORD").withPageSize(2);
  }

  @Override
  protected String givenIssueWithChangelog() {
    stubs().issueWithChangelog("ORD-1");
    return "ORD-1";
  }

  @Override
  protected String givenIssueToWriteOn() {
    stubs().addComment("ORD-1");
    stubs().remoteLink("ORD-1");
    stubs().property("ORD-1", propertyKey());
    return "ORD-1";
  }

  @Override
  protected NewIssue givenIssueToCreate() {
    stubs().createIssue();
    return new NewIssue(
        "LO",
        "Task",
        "Learning office digest 2026-W48",
        Document.of(Paragraph.of(Document.text("3 lessons this week: {code}*none*{code}"))),
        List.of("learning-office", "digest"));
  }

  @Override
  protected void thenPermissions(MyPermissions permissions) {
    jira.server()
        .verify(
            getRequestedFor(urlPathEqualTo(stubs().api() + "/mypermissions"))
                .withQueryParam("projectKey", equalTo("ORD"))
                .withQueryParam(
                    "permissions",
                    equalTo("ADD_COMMENTS,BROWSE_PROJECTS,EDIT_ISSUES,LINK_ISSUES")));
  }

  @Override
  protected void thenSearchFound(List<Issue> issues) {
    assertThat(issues)
        .extracting(Issue::key)
        .containsExactly("ORD-1", "ORD-2", "ORD-3", "ORD-4", "ORD-5");
  }

  @Override
  protected void thenIssueRead(Issue issue) {
    assertThat(issue.status()).isEqualTo(new IssueStatus("Done", "done"));
    assertThat(issue.status().isDone()).isTrue();
    assertThat(issue.priority()).contains("High");
    assertThat(issue.assignee().map(JiraUser::displayName)).contains("Jane Doe");
    assertThat(issue.labels()).containsExactly("strategy-ETO", "expedite");
    assertThat(issue.components()).containsExactly("Assembly");
    assertThat(issue.created()).isEqualTo(Instant.parse("2026-11-11T07:30:00Z"));
    assertThat(issue.resolved()).contains(Instant.parse("2026-11-21T15:45:12Z"));
    assertThat(issue.field("customfield_10050").map(value -> value.path("value").asText()))
        .contains("ETO");
    assertThat(issue.changelog()).hasSize(2);
    ChangeItem closed = issue.changelog().get(1).items().get(0);
    assertThat(closed.field()).isEqualTo("status");
    assertThat(closed.toText()).contains("Done");
    jira.server()
        .verify(
            getRequestedFor(urlPathEqualTo(stubs().api() + "/issue/ORD-1"))
                .withQueryParam("expand", equalTo("changelog"))
                .withQueryParam(
                    "fields",
                    equalTo(
                        "summary,status,priority,assignee,labels,components,created,"
                            + "resolutiondate,customfield_10050")));
  }

  @Override
  protected void thenCommentSent(String issueKey) {
    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo(stubs().api() + "/issue/" + issueKey + "/comment"))
                .withRequestBody(equalToJson(stubs().fixture("comment-request.json"))));
  }

  @Override
  protected void thenRemoteLinkSentTwice(String issueKey, RemoteLink link) {
    String path = stubs().api() + "/issue/" + issueKey + "/remotelink";
    jira.server()
        .verify(
            2,
            postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(matchingJsonPath("$.globalId", equalTo("learning-office:ORD-1"))));
    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(equalToJson(stubs().fixture("remotelink-request.json"))));
  }

  @Override
  protected void thenPropertySent(String issueKey, String propertyKey, JsonNode value) {
    jira.server()
        .verify(
            putRequestedFor(
                    urlPathEqualTo(
                        stubs().api() + "/issue/" + issueKey + "/properties/" + propertyKey))
                .withRequestBody(equalToJson(value.toString())));
  }

  @Override
  protected void thenIssueCreateSent(NewIssue issue) {
    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo(stubs().api() + "/issue"))
                .withRequestBody(equalToJson(stubs().fixture("issue-create-request.json"))));
  }
}
