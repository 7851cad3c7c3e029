package org.learningoffice.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.testing.ForgeSite;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The app system token that comes with a verified Forge call: the service's own Jira calls (here,
 * attaching the form) go as the app through Atlassian's gateway while it lasts, and with the
 * configured credentials at the site before, after, and when the call bringing it was not verified.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ForgeSystemTokenJiraTest {
  private static final String GATEWAY = "/ex/jira/d0d52620-3203-4cfa-8db5-f2587155f0dd";
  private static final String ISSUE = "/rest/api/3/issue/" + JiraOrder.ISSUE_KEY;

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final HttpClient http = HttpClient.newHttpClient();
  private final RSAKey key = ForgeSite.newKey("forge-key");
  private final ForgeSite site = new ForgeSite().publish(key);
  private TestApp app;
  private JiraOrder order;

  ForgeSystemTokenJiraTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void start() {
    app =
        JiraOrder.app(kind, JiraOrder.Site.CLOUD, wireMock)
            .set("forge.appId", ForgeSite.APP_ID)
            .set("forge.jwksUrl", site.jwksUrl().toString())
            .set("forge.installationId", ForgeSite.INSTALLATION_ID)
            .serveHttp();
    order = new JiraOrder(app, JiraOrder.Site.CLOUD, wireMock);
    order.jiraAccepts();
    wireMock
        .server()
        .stubFor(
            post(urlPathEqualTo(GATEWAY + ISSUE + "/remotelink"))
                .willReturn(okJson(order.fixture("remotelink-created.json"))));
    wireMock
        .server()
        .stubFor(
            post(urlPathEqualTo(GATEWAY + ISSUE + "/comment"))
                .willReturn(okJson(order.fixture("comment-created.json")).withStatus(201)));
    wireMock
        .server()
        .stubFor(
            put(urlPathEqualTo(GATEWAY + ISSUE + "/properties/learning-office"))
                .willReturn(okJson("{}")));
    wireMock
        .server()
        .stubFor(
            get(urlPathEqualTo(GATEWAY + ISSUE + "/comment"))
                .willReturn(okJson(order.fixture("comments-page.json"))));
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    site.close();
  }

  @Test
  void whileForgeHasSentASystemTokenTheFormIsAttachedAsTheAppThroughTheGateway() {
    String systemToken = systemToken(app.clock().instant().plus(Duration.ofMinutes(15)));

    assertThat(trigger(invocationToken(key), systemToken).statusCode()).isEqualTo(202);
    attachForm();

    assertThat(jiraCalls())
        .hasSize(3)
        .allSatisfy(call -> assertThat(call).isEqualTo("Bearer " + systemToken + " " + GATEWAY));
    assertThat(wireMock.takeViolations()).isEmpty();
  }

  @Test
  void aSystemTokenAboutToExpireIsNotUsedAndTheConfiguredCredentialsAreInstead() {
    String systemToken = systemToken(app.clock().instant().plus(Duration.ofMinutes(3)));
    assertThat(trigger(invocationToken(key), systemToken).statusCode()).isEqualTo(202);

    app.clock().advance(Duration.ofMinutes(2).plusSeconds(1));
    attachForm();

    assertThat(jiraCalls())
        .hasSize(3)
        .allSatisfy(call -> assertThat(call).startsWith("Basic ").endsWith(" site"));
  }

  @Test
  void aSystemTokenSentWithoutAValidInvocationTokenIsNeverUsed() {
    String systemToken = systemToken(app.clock().instant().plus(Duration.ofMinutes(15)));

    assertThat(trigger(invocationToken(ForgeSite.newKey("stranger")), systemToken).statusCode())
        .isEqualTo(401);
    attachForm();

    assertThat(jiraCalls())
        .hasSize(3)
        .allSatisfy(call -> assertThat(call).startsWith("Basic ").endsWith(" site"));
  }

  private void attachForm() {
    order.queueAttachForm(order.insertOrder("CLOSED"));
    assertThat(order.runOutbox()).isEqualTo(1);
  }

  /** Each Jira call as "its Authorization header, then the gateway prefix or 'site'". */
  private List<String> jiraCalls() {
    return wireMock.server().getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .map(
            request ->
                request.getHeader("Authorization")
                    + " "
                    + (request.getUrl().startsWith(GATEWAY) ? GATEWAY : "site"))
        .toList();
  }

  private String invocationToken(RSAKey signer) {
    return ForgeSite.sign(
        signer,
        ForgeSite.withApp(
                ForgeSite.triggerClaims(app.clock().instant()),
                "apiBaseUrl",
                wireMock.baseUrl().toString().replaceAll("/$", "") + GATEWAY)
            .build());
  }

  /** An app system token as Forge sends it: a JWT the service reads only for its expiry. */
  private String systemToken(Instant expiry) {
    return ForgeSite.sign(
        ForgeSite.newKey("atlassian-oauth"),
        new JWTClaimsSet.Builder().subject("app-bot").expirationTime(Date.from(expiry)).build());
  }

  private HttpResponse<String> trigger(String invocationToken, String systemToken) {
    String event =
        "{\"payload\":{\"eventType\":\"avi:jira:viewed:issue\",\"issue\":{\"id\":\""
            + JiraOrder.ISSUE_ID
            + "\",\"key\":\""
            + JiraOrder.ISSUE_KEY
            + "\"}}}";
    try {
      return http.send(
          HttpRequest.newBuilder(app.uri("/forge/events"))
              .header("Content-Type", "application/json")
              .header("Authorization", ForgeSite.bearer(invocationToken))
              .header("x-forge-oauth-system", systemToken)
              .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
