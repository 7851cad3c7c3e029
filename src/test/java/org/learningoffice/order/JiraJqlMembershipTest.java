package org.learningoffice.order;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.config.Secret;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.JiraAuth;
import org.learningoffice.jira.JiraSite;
import org.learningoffice.jira.JiraTimeouts;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.jira.OkHttpJiraClient;
import org.learningoffice.jira.RetryPolicy;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestJson;
import org.learningoffice.testing.jira.JiraWireMock;

/** Membership for JQL beyond the simple form, asked of a spec-checked WireMock Jira. */
class JiraJqlMembershipTest {
  private static final String SEARCH = "/rest/api/3/search/jql";
  private static final String JQL = "project = ORD AND labels = customer-order ORDER BY key";

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final MutableClock clock = new MutableClock(Instant.parse("2025-11-24T08:00:00Z"));
  private JiraJqlMembership membership;

  @BeforeEach
  void client() {
    membership =
        new JiraJqlMembership(OkHttpJiraClient.create(site(), TestJson.mapper()), JQL, clock);
  }

  /** The WireMock Jira, answering once per call: no retry, so a 429 or 500 fails at once. */
  private JiraSite site() {
    return JiraSite.of(
            jira.baseUrl(),
            Deployment.CLOUD,
            new JiraAuth.CloudApiToken("bot@example.com", Secret.of("token")))
        .withTimeouts(
            new JiraTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)))
        .withRetry(
            new RetryPolicy(
                1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
  }

  private static OrderCandidate issue(String id) {
    return new OrderCandidate(id, "ORD-42", "ORD", "Customer Orders", "10000", "Task", "10002");
  }

  private void answer(String fixture) throws IOException {
    jira.server()
        .stubFor(
            post(urlPathEqualTo(SEARCH))
                .willReturn(
                    okJson(Files.readString(Path.of("src/test/resources/jira/cloud", fixture)))));
  }

  @Test
  void anIssueJiraFindsWithTheOrdersJqlIsAnOrder() throws IOException {
    answer("search-ORD-42.json");

    assertThat(membership.isOrder(issue("10042"))).isTrue();

    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo(SEARCH))
                .withRequestBody(
                    equalToJson(
                        "{\"jql\":\"(project = ORD AND labels = customer-order) AND id = 10042\","
                            + "\"maxResults\":1}",
                        true,
                        true)));
  }

  @Test
  void anIssueJiraDoesNotFindIsNotAnOrder() throws IOException {
    answer("search-empty.json");

    assertThat(membership.isOrder(issue("10042"))).isFalse();
  }

  @Test
  void anAnswerIsReusedForSixtySecondsThenAskedAgain() throws IOException {
    answer("search-ORD-42.json");

    membership.isOrder(issue("10042"));
    clock.advance(Duration.ofSeconds(59));
    membership.isOrder(issue("10042"));
    jira.server().verify(1, postRequestedFor(urlPathEqualTo(SEARCH)));

    clock.advance(Duration.ofSeconds(2));
    membership.isOrder(issue("10042"));
    jira.server().verify(2, postRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void anIssueIdThatIsNotANumberIsNeverPutIntoJql() {
    assertThat(membership.isOrder(issue("1 OR project = HR"))).isFalse();

    assertThat(jira.server().getAllServeEvents()).isEmpty();
  }

  @Test
  void whenJiraCannotAnswerTheEventFailsAndIsRetriedNotDropped() {
    jira.server().stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> membership.isOrder(issue("10042")))
        .isInstanceOf(JiraUnavailableException.class);
  }
}
