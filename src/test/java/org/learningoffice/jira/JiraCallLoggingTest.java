package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.testing.jira.JiraWireMock;
import org.slf4j.LoggerFactory;

/** {@code LO_LOG_LEVEL=DEBUG} shows each Jira call's path, status and time, and no secret. */
class JiraCallLoggingTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final Logger transportLog = (Logger) LoggerFactory.getLogger(JiraTransport.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Level levelBefore;

  @BeforeEach
  void listen() {
    levelBefore = transportLog.getLevel();
    transportLog.setLevel(Level.DEBUG);
    transportLog.addAppender(logged);
    logged.start();
  }

  @AfterEach
  void stopListening() {
    transportLog.detachAppender(logged);
    transportLog.setLevel(levelBefore);
  }

  @Test
  void atDebugEachCallIsOneLineWithItsPathStatusAndTimeButNoCredentials() {
    jira.server()
        .stubFor(
            get("/rest/api/3/myself").willReturn(okJson(TestJira.fixture("cloud/myself.json"))));
    JiraSite site = TestJira.cloudSite(jira.baseUrl());

    TestJira.client(site, new FakeTime()).account().myself();

    List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .matches("Jira GET rest/api/3/myself answered 200 in \\d+ ms \\(attempt 1\\)");
    String credentials = site.auth().authorizationHeader().reveal();
    assertThat(lines.get(0))
        .doesNotContain(credentials)
        .doesNotContain(credentials.substring("Basic ".length()));
  }
}
