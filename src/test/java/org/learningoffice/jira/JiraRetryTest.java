package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningoffice.testing.jira.JiraWireMock;

/** 429, 5xx and broken connections are retried as the policy says; other errors are not. */
class JiraRetryTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();
  private static final String MYSELF = "/rest/api/3/myself";
  private static final String COMMENT = "/rest/api/3/issue/ORD-1/comment";

  private JiraClient client() {
    return TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);
  }

  /** The first answer is {@code first}, every later one is {@code then}. */
  private void stubMyselfOnce(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    jira.server()
        .stubFor(
            get(MYSELF)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("recovered"));
    jira.server()
        .stubFor(get(MYSELF).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(then));
  }

  private static ResponseDefinitionBuilder myself() {
    return okJson(TestJira.fixture("cloud/myself.json"));
  }

  @Test
  void tooManyRequestsWaitsTheRetryAfterSecondsThenSucceeds() {
    stubMyselfOnce(aResponse().withStatus(429).withHeader("Retry-After", "7"), myself());

    JiraUser me = client().account().myself();

    assertThat(me.displayName()).isEqualTo("Learning Office Bot");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    jira.server().verify(2, getRequestedFor(urlPathEqualTo(MYSELF)));
  }

  @Test
  void tooManyRequestsWaitsUntilTheRetryAfterDate() {
    String inTwelveSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            FakeTime.START.plusSeconds(12).atZone(ZoneOffset.UTC));
    stubMyselfOnce(
        aResponse().withStatus(429).withHeader("Retry-After", inTwelveSeconds), myself());

    client().account().myself();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void aShortRetryAfterDoesNotShortenTheBackoff() {
    stubMyselfOnce(aResponse().withStatus(429).withHeader("Retry-After", "0"), myself());

    client().account().myself();

    // base 1 s, equal jitter with the lowest draw: half of it
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void serviceUnavailableIsRetriedWithBackoffThenSucceeds() {
    stubMyselfOnce(aResponse().withStatus(503), myself());

    assertThat(client().account().myself().displayName()).isEqualTo("Learning Office Bot");
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aResetConnectionIsRetriedForAnIdempotentCall() {
    stubMyselfOnce(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), myself());

    assertThat(client().account().myself().displayName()).isEqualTo("Learning Office Bot");
    jira.server().verify(2, getRequestedFor(urlPathEqualTo(MYSELF)));
  }

  @Test
  void aReadTimeoutIsRetriedForAnIdempotentCall() {
    stubMyselfOnce(myself().withFixedDelay(1_500), myself());
    JiraClient client =
        TestJira.client(TestJira.cloudSite(jira.baseUrl()).withTimeouts(TestJira.SHORT_READ), time);

    assertThat(client.account().myself().displayName()).isEqualTo("Learning Office Bot");
    jira.server().verify(2, getRequestedFor(urlPathEqualTo(MYSELF)));
  }

  @Test
  void givesUpAfterMaxAttemptsWithJiraUnavailable() {
    jira.server().stubFor(get(MYSELF).willReturn(aResponse().withStatus(503)));

    JiraUnavailableException e =
        catchThrowableOfType(JiraUnavailableException.class, () -> client().account().myself());

    assertThat(e.attempts()).isEqualTo(TestJira.RETRY.maxAttempts());
    assertThat(e.getMessage()).contains("GET", MYSELF.substring(1), "HTTP 503");
    jira.server().verify(TestJira.RETRY.maxAttempts(), getRequestedFor(urlPathEqualTo(MYSELF)));
    // 1 s, 2 s, 4 s doubling, lowest jitter draw takes half of each
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void givesUpWhenTheNextWaitWouldPassTheTotalTimeAndReportsRetryAfter() {
    jira.server()
        .stubFor(
            get(MYSELF).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    JiraUnavailableException e =
        catchThrowableOfType(JiraUnavailableException.class, () -> client().account().myself());

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807", "315360000"})
  void aRetryAfterOfYearsHoldsTheClientBackForAnHourAtMost(String years) {
    jira.server()
        .stubFor(
            get(MYSELF)
                .inScenario("absurd")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", years))
                .willSetStateTo("answered"));
    jira.server()
        .stubFor(
            get(MYSELF).inScenario("absurd").whenScenarioStateIs("answered").willReturn(myself()));
    JiraClient client = client();

    JiraUnavailableException e =
        catchThrowableOfType(JiraUnavailableException.class, () -> client.account().myself());
    assertThat(e.retryAfter()).contains(Duration.ofHours(1));

    time.sleep(Duration.ofHours(1));
    assertThat(client.account().myself().displayName()).isEqualTo("Learning Office Bot");
  }

  @Test
  void totalTimeBoundsTheRetriesEvenWhenAttemptsRemain() {
    RetryPolicy patientButBrief =
        new RetryPolicy(50, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    JiraClient client =
        TestJira.client(TestJira.cloudSite(jira.baseUrl()).withRetry(patientButBrief), time);
    jira.server().stubFor(get(MYSELF).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> client.account().myself())
        .isInstanceOf(JiraUnavailableException.class);

    // waits of 1 s each (lowest jitter of 2 s) while elapsed + wait <= 5 s
    assertThat(time.sleeps()).hasSize(5);
    jira.server().verify(6, getRequestedFor(urlPathEqualTo(MYSELF)));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404})
  void clientErrorsFailAtOnceWithJirasMessages(int status) {
    jira.server()
        .stubFor(
            get(MYSELF)
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"errorMessages\":[\"You shall not pass\"],"
                                + "\"errors\":{\"project\":\"project is required\"}}")));

    JiraException e = catchThrowableOfType(JiraException.class, () -> client().account().myself());

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo(MYSELF.substring(1));
    assertThat(e.errorMessages()).containsExactly("You shall not pass");
    assertThat(e.errors()).containsEntry("project", "project is required");
    assertThat(e.getMessage())
        .contains(Integer.toString(status), "You shall not pass", "project is required");
    assertThat(time.sleeps()).isEmpty();
    jira.server().verify(1, getRequestedFor(urlPathEqualTo(MYSELF)));
  }

  @Test
  void noExceptionMessageHoldsTheCredentials() {
    jira.server()
        .stubFor(
            get(MYSELF)
                .willReturn(
                    aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\":[\"Unauthorized\"]}")));
    jira.server()
        .stubFor(post(COMMENT).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    jira.server().stubFor(get("/rest/api/3/field").willReturn(aResponse().withStatus(503)));
    String basic =
        Base64.getEncoder().encodeToString((TestJira.EMAIL + ":" + TestJira.API_TOKEN).getBytes());
    JiraClient client = client();

    List<Throwable> failures =
        List.of(
            catchThrowableOfType(RuntimeException.class, () -> client.account().myself()),
            catchThrowableOfType(
                RuntimeException.class,
                () ->
                    client
                        .comments()
                        .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("x"))))),
            catchThrowableOfType(RuntimeException.class, () -> client.fields().fields()));

    assertThat(failures).doesNotContainNull();
    for (Throwable failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage()) + t)
            .doesNotContain(TestJira.API_TOKEN)
            .doesNotContain(basic)
            .doesNotContain("Authorization");
      }
    }
    assertThat(TestJira.cloudSite(jira.baseUrl()).toString()).doesNotContain(TestJira.API_TOKEN);
  }

  @Test
  void aCommentIsNotResentAfterTheConnectionBrokeAndTheOutcomeIsReportedUnknown() {
    jira.server()
        .stubFor(post(COMMENT).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(
            () ->
                client()
                    .comments()
                    .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("hi")))))
        .isInstanceOf(JiraOutcomeUnknownException.class)
        .hasMessageContaining("POST")
        .hasMessageContaining("rest/api/3/issue/ORD-1/comment");
    jira.server().verify(1, postRequestedFor(urlPathEqualTo(COMMENT)));
  }

  @Test
  void aCommentIsNotResentAfterAReadTimeout() {
    jira.server()
        .stubFor(
            post(COMMENT)
                .willReturn(okJson("{\"id\":\"10000\"}").withStatus(201).withFixedDelay(1_500)));

    assertThatThrownBy(
            () ->
                TestJira.client(
                        TestJira.cloudSite(jira.baseUrl()).withTimeouts(TestJira.SHORT_READ), time)
                    .comments()
                    .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("hi")))))
        .isInstanceOf(JiraOutcomeUnknownException.class);
    jira.server().verify(1, postRequestedFor(urlPathEqualTo(COMMENT)));
  }

  @Test
  void aCommentIsResentAfterTooManyRequestsBecauseJiraDidNotTakeIt() {
    jira.server()
        .stubFor(
            post(COMMENT)
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
                .willSetStateTo("free"));
    jira.server()
        .stubFor(
            post(COMMENT)
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(
                    okJson(TestJira.fixture("cloud/comment-created.json")).withStatus(201)));

    CommentRef comment =
        client().comments().add("ORD-1", Document.of(Document.Paragraph.of(Document.text("hi"))));

    assertThat(comment.id()).isEqualTo("10000");
    jira.server().verify(2, postRequestedFor(urlPathEqualTo(COMMENT)));
  }

  @Test
  void aCommentIsNotResentAfterAnInternalServerError() {
    jira.server().stubFor(post(COMMENT).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(
            () ->
                client()
                    .comments()
                    .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("hi")))))
        .isInstanceOf(JiraOutcomeUnknownException.class)
        .hasMessageContaining("HTTP 500");
    jira.server().verify(1, postRequestedFor(urlPathEqualTo(COMMENT)));
  }

  @Test
  void aCommentIsNotResentAfterServiceUnavailableBecauseJiraMayHaveAddedIt() {
    // a 503 can come from a gateway that gave up waiting on a Jira node still adding the comment
    jira.server()
        .stubFor(
            post(COMMENT).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")));

    assertThatThrownBy(
            () ->
                client()
                    .comments()
                    .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("hi")))))
        .isInstanceOf(JiraOutcomeUnknownException.class)
        .hasMessageContaining("HTTP 503");
    jira.server().verify(1, postRequestedFor(urlPathEqualTo(COMMENT)));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void anIssueIsNotCreatedTwiceAfterServiceUnavailable() {
    String issue = "/rest/api/3/issue";
    jira.server().stubFor(post(issue).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () ->
                client()
                    .issues()
                    .create(
                        new NewIssue(
                            "LO",
                            "Task",
                            "Action",
                            Document.of(Document.Paragraph.of(Document.text("x"))),
                            List.of())))
        .isInstanceOf(JiraOutcomeUnknownException.class);
    jira.server().verify(1, postRequestedFor(urlPathEqualTo(issue)));
  }

  @Test
  void aSearchPostIsRetriedAfterServiceUnavailableBecauseItOnlyReads() {
    String search = "/rest/api/3/search/jql";
    jira.server()
        .stubFor(
            post(search)
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("free"));
    jira.server()
        .stubFor(
            post(search)
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(okJson(TestJira.fixture("cloud/search-page-3.json"))));

    assertThat(client().search().issues(SearchQuery.of("project = ORD")).map(Issue::key))
        .containsExactly("ORD-5");
    jira.server().verify(2, postRequestedFor(urlPathEqualTo(search)));
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForACommentBecauseNothingWasSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JiraSite nowhere =
        new JiraSite(
            URI.create("http://127.0.0.1:" + closedPort),
            Optional.of(Deployment.CLOUD),
            TestJira.cloudSite(jira.baseUrl()).auth(),
            TestJira.FAST,
            TestJira.RETRY);

    JiraUnavailableException e =
        catchThrowableOfType(
            JiraUnavailableException.class,
            () ->
                TestJira.client(nowhere, time)
                    .comments()
                    .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("hi")))));

    assertThat(e.attempts()).isEqualTo(TestJira.RETRY.maxAttempts());
    assertThat(e.getMessage())
        .contains("ConnectException: nothing answers at 127.0.0.1:" + closedPort);
  }

  @Test
  void anUnknownHostIsNamedInTheFailure() {
    // .invalid never resolves (RFC 6761), so no lookup leaves this machine for long
    JiraSite nowhere =
        new JiraSite(
            URI.create("http://jira.learning-office.invalid"),
            Optional.of(Deployment.CLOUD),
            TestJira.cloudSite(jira.baseUrl()).auth(),
            TestJira.FAST,
            TestJira.RETRY);

    JiraUnavailableException e =
        catchThrowableOfType(
            JiraUnavailableException.class,
            () -> TestJira.client(nowhere, time).account().myself());

    assertThat(e.getMessage()).contains("unknown host jira.learning-office.invalid");
  }
}
