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
  @Provides
  @Singleton
  JiraSite site(JiraConfig config) {
    return toSite(config);
  }

  static JiraSite toSite(JiraConfig config) {
    JiraAuth auth = auth(config.credentials());
    Optional<Deployment> deployment =
        switch (config.deployment()) {
          case AUTO -> Optional.empty();
          case CLOUD -> Optional.of(Deployment.CLOUD);
          case DATACENTER -> Optional.of(Deployment.DATA_CENTER);
        };
    Duration call = config.connectTimeout().plus(config.readTimeout().multipliedBy(2));
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
