package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.jira.Document.Paragraph;
import org.learningoffice.testing.jira.JiraWireMock;

/** What goes on the wire: auth, URLs below a context path, encoded keys, odd answers. */
class JiraRequestTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();

  @Test
  void cloudSendsBasicAuthAndDataCenterABearerToken() {
    new JiraStubs(jira.server(), Deployment.CLOUD).myself();
    new JiraStubs(jira.server(), Deployment.DATA_CENTER).myself();

    TestJira.client(TestJira.cloudSite(jira.baseUrl()), time).account().myself();
    TestJira.client(TestJira.dataCenterSite(jira.baseUrl()), time).account().myself();

    jira.server()
        .verify(
            getRequestedFor(urlPathEqualTo("/rest/api/3/myself"))
                .withHeader(
                    "Authorization",
                    equalTo(
                        new JiraAuth.CloudApiToken(
                                TestJira.EMAIL,
                                org.learningoffice.config.Secret.of(TestJira.API_TOKEN))
                            .authorizationHeader()
                            .reveal()))
                .withHeader("Accept", equalTo("application/json")));
    jira.server()
        .verify(
            getRequestedFor(urlPathEqualTo("/rest/api/2/myself"))
                .withHeader("Authorization", equalTo("Bearer " + TestJira.PAT)));
  }

  @Test
  void callsGoBelowTheSitesContextPath() {
    jira.server()
        .stubFor(
            get("/jira/rest/api/2/myself")
                .willReturn(okJson(TestJira.fixture("datacenter/myself.json"))));
    JiraSite site = TestJira.dataCenterSite(URI.create(jira.baseUrl() + "/jira/"));

    JiraUser me = TestJira.client(site, time).account().myself();

    assertThat(me.displayName()).isEqualTo("Learning Office Bot");
    // the spec check does not know /jira/...; it flags the path, which is what we expect here
    assertThat(jira.takeViolations())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).contains("path.missing"));
  }

  @Test
  void issueAndPropertyKeysAreEncodedAsOnePathSegment() {
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/issue/ORD-1/properties/lo%2Fstate%20x"))
                .willReturn(okJson("{\"key\":\"lo/state x\",\"value\":{\"a\":1}}")));

    assertThat(
            TestJira.client(TestJira.cloudSite(jira.baseUrl()), time)
                .properties()
                .get("ORD-1", "lo/state x"))
        .hasValueSatisfying(value -> assertThat(value.path("a").asInt()).isEqualTo(1));
  }

  @Test
  void aMissingPropertyIsEmpty() {
    jira.server()
        .stubFor(
            get("/rest/api/3/issue/ORD-1/properties/learning-office")
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"errorMessages\":[\"The property was not found.\"],\"errors\":{}}")));

    assertThat(
            TestJira.client(TestJira.cloudSite(jira.baseUrl()), time)
                .properties()
                .get("ORD-1", "learning-office"))
        .isEmpty();
  }

  @Test
  void anAnswerThatIsNotJsonIsAJiraException() {
    jira.server()
        .stubFor(
            get("/rest/api/3/field")
                .willReturn(aResponse().withStatus(200).withBody("<html>login</html>")));

    assertThatThrownBy(
            () -> TestJira.client(TestJira.cloudSite(jira.baseUrl()), time).fields().fields())
        .isInstanceOf(JiraException.class)
        .hasMessageContaining("not JSON")
        .hasMessageNotContaining("login");
    jira.takeViolations(); // the stub is deliberately not what the spec promises
  }

  @Test
  void aRedirectedCommentIsAJiraErrorNamingTheNewAddressNotAReadTakenForThePost() {
    // Jira moved below /jira: following the 301 would turn the POST into a GET of the comments
    String moved = "/jira/rest/api/3/issue/ORD-1/comment";
    jira.server()
        .stubFor(
            post("/rest/api/3/issue/ORD-1/comment")
                .willReturn(
                    aResponse().withStatus(301).withHeader("Location", moved + "?from=old")));
    jira.server()
        .stubFor(
            get(urlPathEqualTo(moved))
                .willReturn(okJson(TestJira.fixture("cloud/comments-page.json"))));
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    assertThatThrownBy(
            () -> client.comments().add("ORD-1", Document.of(Paragraph.of(Document.text("x")))))
        .isInstanceOf(JiraException.class)
        .hasMessageContaining("Jira answered 301 to POST rest/api/3/issue/ORD-1/comment")
        .hasMessageContaining("moved to " + jira.baseUrl() + moved)
        .hasMessageContaining("jira.baseUrl")
        .hasMessageNotContaining("from=old");
    jira.server().verify(0, getRequestedFor(urlPathEqualTo(moved)));
    jira.takeViolations(); // a 301 is not in Jira's spec
  }

  @Test
  void aRedirectToAnAddressWithCredentialsIsNamedWithoutThem() {
    jira.server()
        .stubFor(
            post("/rest/api/3/issue/ORD-1/comment")
                .willReturn(
                    aResponse()
                        .withStatus(302)
                        .withHeader(
                            "Location", "https://bot:s3cret@jira.example.com/rest/api/3/issue")));
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    assertThatThrownBy(
            () -> client.comments().add("ORD-1", Document.of(Paragraph.of(Document.text("x")))))
        .isInstanceOf(JiraException.class)
        .hasMessageContaining("moved to https://jira.example.com/rest/api/3/issue")
        .hasMessageNotContaining("s3cret")
        .hasMessageNotContaining("bot@");
    jira.takeViolations(); // a 302 is not in Jira's spec
  }

  @Test
  void creatingAnIssueIsNotResentAfterTheConnectionBroke() {
    jira.server()
        .stubFor(
            post("/rest/api/3/issue")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(
            () ->
                TestJira.client(TestJira.cloudSite(jira.baseUrl()), time)
                    .issues()
                    .create(
                        new NewIssue(
                            "LO",
                            "Task",
                            "Digest",
                            Document.of(Paragraph.of(Document.text("x"))),
                            List.of())))
        .isInstanceOf(JiraOutcomeUnknownException.class);
    jira.server().verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
  }

  @Test
  void aRemoteLinkIsResentAfterTheConnectionBrokeBecauseItsGlobalIdMakesItIdempotent() {
    JiraStubs stubs = new JiraStubs(jira.server(), Deployment.CLOUD);
    jira.server()
        .stubFor(
            post("/rest/api/3/issue/ORD-1/remotelink")
                .inScenario("reset")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
    jira.server()
        .stubFor(
            post("/rest/api/3/issue/ORD-1/remotelink")
                .inScenario("reset")
                .whenScenarioStateIs("up")
                .willReturn(okJson(stubs.fixture("remotelink-created.json"))));

    RemoteLinkRef link =
        TestJira.client(TestJira.cloudSite(jira.baseUrl()), time)
            .remoteLinks()
            .createOrUpdate(
                "ORD-1",
                new RemoteLink(
                    "learning-office:ORD-1",
                    "Lessons learned",
                    URI.create("https://lo.example.com/capture/t"),
                    "",
                    java.util.Optional.empty(),
                    false));

    assertThat(link.id()).isEqualTo(10000L);
    jira.server().verify(2, postRequestedFor(urlPathEqualTo("/rest/api/3/issue/ORD-1/remotelink")));
  }
}
