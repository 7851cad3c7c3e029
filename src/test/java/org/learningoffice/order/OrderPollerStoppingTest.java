package org.learningoffice.order;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;
import org.slf4j.LoggerFactory;

/**
 * A poll round waiting to retry Jira when the service stops is interrupted: that is no failure, so
 * it logs no warning; a round that fails on its own still does.
 */
class OrderPollerStoppingTest {
  private static final String SEARCH = "/rest/api/3/search/jql";

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final Logger pollerLog = (Logger) LoggerFactory.getLogger(OrderPoller.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Level levelBefore;
  private TestApp app;

  @BeforeEach
  void listen() {
    levelBefore = pollerLog.getLevel();
    pollerLog.setLevel(Level.DEBUG);
    pollerLog.addAppender(logged);
    logged.start();
    jira.server().stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(503)));
  }

  @AfterEach
  void close() {
    pollerLog.detachAppender(logged);
    pollerLog.setLevel(levelBefore);
    if (app != null) {
      app.close();
    }
  }

  private OrderPoller poller(int maxAttempts) {
    app =
        TestApp.from("base.yml", "intake.yml", "jira-wiremock.yml")
            .set("jira.baseUrl", jira.baseUrl().toString())
            .set("jira.maxAttempts", maxAttempts)
            .database(TestDatabase.Kind.H2)
            .serveHttp();
    return app.get(OrderPoller.class);
  }

  private long warnings() {
    return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).count();
  }

  @Test
  void aRoundInterruptedWhileWaitingToRetryJiraLogsNoWarning() throws Exception {
    OrderPoller poller = poller(5);
    Thread round = new Thread(poller::pollLogged, "order-poller");
    round.start();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !jira.server().findAll(postRequestedFor(urlPathEqualTo(SEARCH))).isEmpty());

    round.interrupt(); // what stopping the service does to a waiting round
    round.join(10_000);

    assertThat(round.isAlive()).isFalse();
    assertThat(warnings()).isZero();
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .contains("Poll stopped with the service; the next start searches the same time span");
  }

  @Test
  void aRoundThatFailsOnItsOwnIsStillAWarning() {
    poller(1).pollLogged();

    assertThat(warnings()).isEqualTo(1);
  }
}
