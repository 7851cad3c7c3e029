package org.learningoffice.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Optional;

/**
 * Binds {@link JiraClient} for the {@link JiraSite} the application binds. The client uses the
 * application's {@link ObjectMapper} and {@link RetryEnvironment} when it binds them (plain {@code
 * bind(...)} works) and falls back to a plain mapper and real time when it does not; likewise a
 * {@link JiraGrant} (Forge's app system token), without which the site's credentials are used.
 */
public final class JiraModule extends AbstractModule {
  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), ObjectMapper.class);
    OptionalBinder.newOptionalBinder(binder(), RetryEnvironment.class);
    OptionalBinder.newOptionalBinder(binder(), JiraGrant.class);
  }

  @Provides
  @Singleton
  JiraClient jiraClient(
      JiraSite site,
      Optional<ObjectMapper> json,
      Optional<RetryEnvironment> environment,
      Optional<JiraGrant> grant) {
    return new OkHttpJiraClient(
        site,
        OkHttpJiraClient.httpClientFor(site),
        json.orElseGet(ObjectMapper::new),
        environment.orElseGet(RetryEnvironment::system),
        grant.orElseGet(JiraGrant::none));
  }
}
