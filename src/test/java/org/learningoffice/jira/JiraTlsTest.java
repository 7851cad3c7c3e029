package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Jira whose certificate this machine does not trust (WireMock's own self-signed one over HTTPS)
 * is a setting to fix, not a passing fault: no call is tried again, and the failure names the host.
 */
class JiraTlsTest {
  private final FakeTime time = new FakeTime();
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
    server.start();
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(anyUrl())
            .willReturn(okJson(TestJira.fixture("cloud/myself.json"))));
    server.stubFor(post(anyUrl()).willReturn(okJson("{\"id\":\"10000\"}").withStatus(201)));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private JiraClient client() {
    URI https = URI.create("https://localhost:" + server.httpsPort());
    return TestJira.client(TestJira.cloudSite(https), time);
  }

  @Test
  void anUntrustedCertificateFailsAtOnceNamingTheHost() {
    JiraTlsException e =
        catchThrowableOfType(JiraTlsException.class, () -> client().account().myself());

    assertThat(e.getMessage())
        .contains("localhost")
        .contains("certificate")
        .contains("not trusted")
        .doesNotContain(TestJira.API_TOKEN);
    assertThat(e.host()).isEqualTo("localhost");
    assertThat(time.sleeps()).as("not retried").isEmpty();
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("nothing reached Jira").isEmpty();
  }

  @Test
  void aCommentToAnUntrustedJiraIsARefusalNotAnUnknownOutcome() {
    JiraTlsException e =
        catchThrowableOfType(
            JiraTlsException.class,
            () ->
                client()
                    .comments()
                    .add("ORD-1", Document.of(Document.Paragraph.of(Document.text("hi")))));

    assertThat(e).isInstanceOf(JiraException.class);
    assertThat(time.sleeps()).isEmpty();
  }
}
