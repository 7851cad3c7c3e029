package org.learningoffice.jira;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the client needs to know about one Jira site. The application maps its own
 * configuration into this record; this package knows no configuration file format.
 *
 * @param baseUrl the site, e.g. {@code https://your-site.atlassian.net} or {@code
 *     https://jira.example.com/jira}
 * @param deployment Cloud or Data Center when configured; empty to detect it from {@code
 *     serverInfo}
 */
public record JiraSite(
    URI baseUrl,
    Optional<Deployment> deployment,
    JiraAuth auth,
    JiraTimeouts timeouts,
    RetryPolicy retry) {
  public JiraSite {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(retry, "retry");
    String scheme = baseUrl.getScheme();
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("Jira base URL must be http or https: " + baseUrl);
    }
    if (baseUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException("Jira base URL must not carry credentials");
    }
  }

  /**
   * A site whose deployment is detected from {@code serverInfo}, with default timeouts and retry.
   */
  public static JiraSite detecting(URI baseUrl, JiraAuth auth) {
    return new JiraSite(
        baseUrl, Optional.empty(), auth, JiraTimeouts.defaults(), RetryPolicy.defaults());
  }

  /** A site of a known deployment, with default timeouts and retry. */
  public static JiraSite of(URI baseUrl, Deployment deployment, JiraAuth auth) {
    return new JiraSite(
        baseUrl, Optional.of(deployment), auth, JiraTimeouts.defaults(), RetryPolicy.defaults());
  }

  public JiraSite withTimeouts(JiraTimeouts newTimeouts) {
    return new JiraSite(baseUrl, deployment, auth, newTimeouts, retry);
  }

  public JiraSite withRetry(RetryPolicy newRetry) {
    return new JiraSite(baseUrl, deployment, auth, timeouts, newRetry);
  }
}
