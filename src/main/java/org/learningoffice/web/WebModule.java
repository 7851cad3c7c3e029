package org.learningoffice.web;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.store.Inbox;
import org.learningoffice.store.Outbox;

/**
 * Binds the HTTP server and the health endpoint. Other features add routes with {@code
 * Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding()} and health checks the
 * same way with {@link HealthCheck}. Nothing starts here: the application starts the {@link
 * WebServer} after the injector is built.
 */
public final class WebModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding().to(HealthRoutes.class);
    Multibinder<HealthCheck> checks = Multibinder.newSetBinder(binder(), HealthCheck.class);
    checks.addBinding().to(DatabaseHealthCheck.class);
    bind(WebServer.class).in(Singleton.class);
  }

  @ProvidesIntoSet
  HealthCheck inboxHealth(Inbox inbox) {
    return new QueueHealthCheck("inbox", inbox::countsByStatus);
  }

  @ProvidesIntoSet
  HealthCheck outboxHealth(Outbox outbox) {
    return new QueueHealthCheck("outbox", outbox::countsByStatus);
  }

  @Provides
  @Singleton
  RequestBody requestBody(ServerConfig config) {
    return new RequestBody(config);
  }
}
