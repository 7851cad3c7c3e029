package org.learningoffice.order;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import java.time.Duration;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.store.Inbox;
import org.learningoffice.web.RouteContributor;

/**
 * Binds order intake: the webhook route, the inbox worker and its handler, order membership and the
 * repository. The worker is a {@link BackgroundService}: the application starts it, not this
 * module.
 */
public final class OrderModule extends AbstractModule {
  private static final Duration WORKER_INTERVAL = Duration.ofMillis(500);

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding().to(WebhookRoutes.class);
    bind(OrderMembership.class).to(SimpleJqlMembership.class).in(Singleton.class);
    // Replace with the Jira-backed JQL check (short cache) once the Jira client exists.
    bind(OrderMembership.class)
        .annotatedWith(Names.named(SimpleJqlMembership.DEFERRED))
        .to(WebhookFilterMembership.class);
    bind(WebhookSignature.class).in(Singleton.class);
    bind(WebhookIntake.class).in(Singleton.class);
    bind(OrderFactsMapper.class).in(Singleton.class);
    bind(OrderRepository.class).in(Singleton.class);
    bind(OrderEventHandler.class).in(Singleton.class);
    Multibinder.newSetBinder(binder(), BackgroundService.class).addBinding().to(InboxWorker.class);
  }

  @Provides
  @Singleton
  InboxWorker inboxWorker(Inbox inbox, OrderEventHandler handler) {
    return new InboxWorker(inbox, handler, WORKER_INTERVAL);
  }
}
