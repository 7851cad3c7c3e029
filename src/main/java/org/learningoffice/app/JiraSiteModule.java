package org.learningoffice.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.config.JiraCredentials;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.JiraAuth;
import org.learningoffice.jira.JiraSite;
import org.learningoffice.jira.JiraTimeouts;
import org.learningoffice.jira.RetryPolicy;

/** Maps the {@code jira} section of the configuration onto the Jira client's {@link JiraSite}. */
final class JiraSiteModule extends AbstractModule {
  /**
   * Attempts per call for a person waiting at the terminal ({@code check}): one retry rides out a
   * blip, and a Jira that is not there is named in seconds rather than after {@code
   * jira.maxAttempts} backed-off tries.
   */
  static final int INTERACTIVE_ATTEMPTS = 2;

  private final int attemptsAtMost;

  /** The service's site: {@code jira.maxAttempts} attempts per call. */
  JiraSiteModule() {
    this(Integer.MAX_VALUE);
  }

  private JiraSiteModule(int attemptsAtMost) {
    this.attemptsAtMost = attemptsAtMost;
  }

  /** A site for a command a person waits on: at most {@link #INTERACTIVE_ATTEMPTS} per call. */
  static JiraSiteModule interactive() {
    return new JiraSiteModule(INTERACTIVE_ATTEMPTS);
  }

  @Provides
  @Singleton
  JiraSite site(JiraConfig config) {
    JiraSite site = toSite(config);
    RetryPolicy retry = site.retry();
    return retry.maxAttempts() <= attemptsAtMost
        ? site
        : site.withRetry(
            new RetryPolicy(
                attemptsAtMost, retry.baseDelay(), retry.maxDelay(), retry.maxTotalTime()));
  }

  static JiraSite toSite(JiraConfig config) {
    JiraAuth auth = auth(config.credentials());
    Optional<Deployment> deployment =
        switch (config.deployment()) {
          case AUTO -> Optional.empty();
          case CLOUD -> Optional.of(Deployment.CLOUD);
          case DATACENTER -> Optional.of(Deployment.DATA_CENTER);
        };
    Duration call = config.callTimeout();
    RetryPolicy defaults = RetryPolicy.defaults();
    return new JiraSite(
        config.baseUrl(),
        deployment,
        auth,
        new JiraTimeouts(config.connectTimeout(), config.readTimeout(), call),
        new RetryPolicy(
            config.maxAttempts(),
            defaults.baseDelay(),
            defaults.maxDelay(),
            defaults.maxTotalTime()));
  }

  private static JiraAuth auth(JiraCredentials credentials) {
    if (credentials instanceof JiraCredentials.PersonalAccessToken pat) {
      return new JiraAuth.PersonalAccessToken(pat.token());
    }
    if (credentials instanceof JiraCredentials.EmailAndToken cloud) {
      return new JiraAuth.CloudApiToken(cloud.email(), cloud.apiToken());
    }
    throw new IllegalStateException("unknown Jira credentials " + credentials.getClass());
  }
}
