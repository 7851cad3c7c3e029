package org.learningoffice.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;

/**
 * Binds {@link JiraClient} for the {@link JiraSite} the application binds. {@link ObjectMapper} and
 * {@link RetryEnvironment} get defaults that the application may replace with its own bindings
 * ({@code bind(ObjectMapper.class)...} or {@code OptionalBinder.setBinding()}).
 */
public final class JiraModule extends AbstractModule {
  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), ObjectMapper.class)
        .setDefault()
        .toProvider(() -> new ObjectMapper().registerModule(new JavaTimeModule()))
        .in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), RetryEnvironment.class)
        .setDefault()
        .toProvider(RetryEnvironment::system)
        .in(Singleton.class);
  }

  @Provides
  @Singleton
  JiraClient jiraClient(JiraSite site, ObjectMapper json, RetryEnvironment environment) {
    return new OkHttpJiraClient(site, OkHttpJiraClient.httpClientFor(site), json, environment);
  }
}
