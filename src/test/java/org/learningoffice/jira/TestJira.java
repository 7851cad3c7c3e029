package org.learningoffice.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.learningoffice.config.Secret;

/** Sites, clients and fixtures for tests against a fake Jira. */
final class TestJira {
  static final String EMAIL = "bot@example.com";
  static final String API_TOKEN = "cloud-token-s3cr3t";
  static final String PAT = "dc-pat-s3cr3t";
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Timeouts for tests: roomy, because the fake Jira checks each exchange against the spec before
   * it answers, and the first check of an operation takes a while.
   */
  static final JiraTimeouts FAST =
      new JiraTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));

  /** A read timeout that a stub's fixed delay of 1.5 s overruns. */
  static final JiraTimeouts SHORT_READ =
      new JiraTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(30));

  static final RetryPolicy RETRY =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60));

  private TestJira() {}

  static JiraSite cloudSite(URI baseUrl) {
    return new JiraSite(
        baseUrl,
        Optional.of(Deployment.CLOUD),
        new JiraAuth.CloudApiToken(EMAIL, Secret.of(API_TOKEN)),
        FAST,
        RETRY);
  }

  static JiraSite dataCenterSite(URI baseUrl) {
    return new JiraSite(
        baseUrl,
        Optional.of(Deployment.DATA_CENTER),
        new JiraAuth.PersonalAccessToken(Secret.of(PAT)),
        FAST,
        RETRY);
  }

  static JiraClient client(JiraSite site, FakeTime time) {
    return new OkHttpJiraClient(
        site, OkHttpJiraClient.httpClientFor(site), JSON, time.environment());
  }

  /** A fixture file under {@code src/test/resources/jira/}, e.g. {@code cloud/myself.json}. */
  static String fixture(String name) {
    try (InputStream in = TestJira.class.getResourceAsStream("/jira/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture jira/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
