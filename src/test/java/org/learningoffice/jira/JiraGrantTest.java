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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.config.Secret;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * A {@link JiraGrant} (Forge's app system token) takes every call to Atlassian's gateway with its
 * bearer token while it lasts; without one, or once Jira refuses it, the site's credentials do.
 */
class JiraGrantTest {
  private static final String GATEWAY = "/ex/jira/d0d52620-3203-4cfa-8db5-f2587155f0dd";
  private static final String SYSTEM_TOKEN = "app-system-token-s3cr3t";

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();
  private final HeldGrant grant = new HeldGrant();

  private JiraClient client() {
    JiraSite site = TestJira.cloudSite(jira.baseUrl());
    return new OkHttpJiraClient(
        site, OkHttpJiraClient.httpClientFor(site), TestJira.JSON, time.environment(), grant);
  }

  private String basicAuth() {
    return new JiraAuth.CloudApiToken(TestJira.EMAIL, Secret.of(TestJira.API_TOKEN))
        .authorizationHeader()
        .reveal();
  }

  @Test
  void whileAGrantLastsCallsGoToItsGatewayWithItsBearerTokenAndAfterwardsToTheSite() {
    jira.server()
        .stubFor(
            get(GATEWAY + "/rest/api/3/myself")
                .willReturn(okJson(TestJira.fixture("cloud/myself.json"))));
    new JiraStubs(jira.server(), Deployment.CLOUD).myself();
    JiraClient client = client();

    grant.held = Optional.of(new JiraGrant.Grant(gateway(), Secret.of(SYSTEM_TOKEN)));
    client.account().myself();
    grant.held = Optional.empty();
    client.account().myself();

    jira.server()
        .verify(
            1,
            getRequestedFor(urlPathEqualTo(GATEWAY + "/rest/api/3/myself"))
                .withHeader("Authorization", equalTo("Bearer " + SYSTEM_TOKEN)));
    jira.server()
        .verify(
            1,
            getRequestedFor(urlPathEqualTo("/rest/api/3/myself"))
                .withHeader("Authorization", equalTo(basicAuth())));
    assertThat(jira.takeViolations()).isEmpty();
  }

  @Test
  void aGrantJiraRefusesIsDroppedAndTheCreateIsSentOnceWithTheSitesCredentials() {
    jira.server()
        .stubFor(
            post(GATEWAY + "/rest/api/3/issue/ORD-1/comment")
                .willReturn(
                    aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\":[\"token expired\"],\"errors\":{}}")));
    new JiraStubs(jira.server(), Deployment.CLOUD).addComment("ORD-1");
    JiraGrant.Grant offered = new JiraGrant.Grant(gateway(), Secret.of(SYSTEM_TOKEN));
    grant.held = Optional.of(offered);

    CommentRef created =
        client()
            .comments()
            .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("Lessons"))));

    assertThat(created.id()).isNotBlank();
    assertThat(grant.refused).containsExactly(offered);
    assertThat(grant.held).isEmpty();
    jira.server()
        .verify(
            1,
            postRequestedFor(urlPathEqualTo("/rest/api/3/issue/ORD-1/comment"))
                .withHeader("Authorization", equalTo(basicAuth())));
    jira.server()
        .verify(1, postRequestedFor(urlPathEqualTo(GATEWAY + "/rest/api/3/issue/ORD-1/comment")));
    assertThat(jira.takeViolations()).isEmpty();
  }

  @Test
  void theTokenIsNeverInTheGrantsText() {
    JiraGrant.Grant offered = new JiraGrant.Grant(gateway(), Secret.of(SYSTEM_TOKEN));

    assertThat(offered.toString()).doesNotContain(SYSTEM_TOKEN);
  }

  private URI gateway() {
    return URI.create(jira.baseUrl().toString().replaceAll("/$", "") + GATEWAY);
  }

  /** A grant the test hands out and takes back. */
  private static final class HeldGrant implements JiraGrant {
    Optional<Grant> held = Optional.empty();
    final List<Grant> refused = new ArrayList<>();

    @Override
    public Optional<Grant> current() {
      return held;
    }

    @Override
    public void refused(Grant grant) {
      refused.add(grant);
      held = held.filter(g -> !g.equals(grant));
    }
  }
}
