package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.jira.Document.Paragraph;
import org.learningoffice.testing.jira.JiraWireMock;

/** Without a configured deployment the client asks serverInfo once and speaks the right dialect. */
class JiraDeploymentDetectionTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();

  private JiraClient detectingClient(JiraSite site) {
    return TestJira.client(
        new JiraSite(site.baseUrl(), Optional.empty(), site.auth(), site.timeouts(), site.retry()),
        time);
  }

  @Test
  void aDetectedDataCenterGetsRestV2AndWikiMarkupAndServerInfoIsAskedOnce() {
    JiraStubs stubs = new JiraStubs(jira.server(), Deployment.DATA_CENTER);
    stubs.serverInfo();
    stubs.myself();
    stubs.addComment("ORD-1");
    JiraClient client = detectingClient(TestJira.dataCenterSite(jira.baseUrl()));

    JiraUser me = client.account().myself();
    client.comments().add("ORD-1", Document.of(Paragraph.of(Document.text("*not bold*"))));

    assertThat(me.id()).isEqualTo(new UserId.Username("lo-bot"));
    jira.server().verify(1, getRequestedFor(urlPathEqualTo("/rest/api/2/serverInfo")));
    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo("/rest/api/2/issue/ORD-1/comment"))
                .withRequestBody(
                    matchingJsonPath(
                        "$.body",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                            "\\*not bold\\*"))));
  }

  @Test
  void aDetectedCloudGetsRestV3AndAdf() {
    JiraStubs stubs = new JiraStubs(jira.server(), Deployment.CLOUD);
    stubs.serverInfo();
    stubs.addComment("ORD-1");
    JiraClient client = detectingClient(TestJira.cloudSite(jira.baseUrl()));

    client.comments().add("ORD-1", Document.of(Paragraph.of(Document.text("*not bold*"))));

    assertThat(client.server().deployment()).isEqualTo(Deployment.CLOUD);
    jira.server().verify(1, getRequestedFor(urlPathEqualTo("/rest/api/2/serverInfo")));
    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo("/rest/api/3/issue/ORD-1/comment"))
                .withRequestBody(
                    matchingJsonPath(
                        "$.body.content[0].content[0].text",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("*not bold*"))));
  }

  @Test
  void aConfiguredDeploymentNeedsNoServerInfo() {
    new JiraStubs(jira.server(), Deployment.CLOUD).myself();

    TestJira.client(TestJira.cloudSite(jira.baseUrl()), time).account().myself();

    jira.server().verify(0, getRequestedFor(urlPathEqualTo("/rest/api/2/serverInfo")));
  }
}
