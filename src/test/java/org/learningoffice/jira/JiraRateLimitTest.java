package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.testing.jira.JiraWireMock;

/** A 429 for one call holds back every call of the same client until its Retry-After passed. */
class JiraRateLimitTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();
  private static final String MYSELF = "/rest/api/3/myself";
  private static final String FIELDS = "/rest/api/3/field";

  /** One attempt per call, but willing to wait a minute for the site's pause. */
  private static final RetryPolicy ONCE_WITHIN_A_MINUTE =
      new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1));

  @Test
  void anotherCallOfTheSameClientWaitsOutTheRetryAfter() {
    JiraClient client =
        TestJira.client(TestJira.cloudSite(jira.baseUrl()).withRetry(ONCE_WITHIN_A_MINUTE), time);
    jira.server()
        .stubFor(
            get(MYSELF).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
    jira.server().stubFor(get(FIELDS).willReturn(okJson(TestJira.fixture("cloud/fields.json"))));
    assertThatThrownBy(() -> client.account().myself())
        .isInstanceOf(JiraUnavailableException.class);

    client.fields().fields();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    jira.server().verify(1, getRequestedFor(urlPathEqualTo(FIELDS)));
  }

  @Test
  void anotherClientIsNotHeldBack() {
    JiraClient limited =
        TestJira.client(
            TestJira.cloudSite(jira.baseUrl()).withRetry(RetryPolicy.noRetries()), time);
    JiraClient other = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);
    jira.server()
        .stubFor(
            get(MYSELF).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
    jira.server().stubFor(get(FIELDS).willReturn(okJson(TestJira.fixture("cloud/fields.json"))));
    assertThatThrownBy(() -> limited.account().myself())
        .isInstanceOf(JiraUnavailableException.class);

    other.fields().fields();

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aCallGivesUpAtOnceWhenAnotherCallsRetryAfterOutlastsItsRetryBudget() {
    JiraClient client =
        TestJira.client(TestJira.cloudSite(jira.baseUrl()).withRetry(ONCE_WITHIN_A_MINUTE), time);
    jira.server()
        .stubFor(
            get(MYSELF).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    jira.server().stubFor(get(FIELDS).willReturn(okJson(TestJira.fixture("cloud/fields.json"))));
    assertThatThrownBy(() -> client.account().myself())
        .isInstanceOf(JiraUnavailableException.class);

    JiraUnavailableException e =
        catchThrowableOfType(JiraUnavailableException.class, () -> client.fields().fields());

    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(time.sleeps()).isEmpty();
    jira.server().verify(0, getRequestedFor(urlPathEqualTo(FIELDS)));
  }
}
