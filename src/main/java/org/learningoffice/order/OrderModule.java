package org.learningoffice.order;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import com.google.inject.name.Named;
import java.time.Clock;
import java.time.Duration;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.RepeatingService;
import org.learningoffice.lifecycle.StopSignal;
import org.learningoffice.store.Checkpoints;
import org.learningoffice.web.QueueTable;
import org.learningoffice.web.RouteContributor;

/**
 * Binds order intake: the webhook route, the poller, the inbox worker and its handler, order
 * membership and the repository. The worker's and the poller's loops are {@link
 * BackgroundService}s: the application starts them, not this module.
 */
public final class OrderModule extends AbstractModule {
  private static final Duration WORKER_INTERVAL = Duration.ofMillis(500);

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding().to(WebhookRoutes.class);
    // features that follow issues other than orders hear each event (none unless they add one)
    Multibinder.newSetBinder(binder(), IssueEventListener.class);
    bind(OrderMembership.class).to(SimpleJqlMembership.class).in(Singleton.class);
    bind(WebhookSignature.class).in(Singleton.class);
    bind(WebhookIntake.class).in(Singleton.class);
    bind(OrderFactsMapper.class).in(Singleton.class);
    bind(OrderRepository.class).in(Singleton.class);
    bind(OrderEventHandler.class).in(Singleton.class);
    Multibinder.newSetBinder(binder(), OrderArrivals.class);
    bind(OrderSearch.class).in(Singleton.class);
    bind(IssueFeed.class).in(Singleton.class);
    bind(Inbox.class).in(Singleton.class);
    Multibinder.newSetBinder(binder(), QueueTable.class).addBinding().to(Inbox.class);
  }

  @Provides
  @Singleton
  @Named(SimpleJqlMembership.DEFERRED)
  OrderMembership jiraMembership(JiraClient jira, OrdersConfig orders, Clock clock) {
    return new JiraJqlMembership(jira, orders.jql(), clock);
  }

  @ProvidesIntoSet
  BackgroundService inboxLoop(InboxWorker worker) {
    return new RepeatingService(worker.loop());
  }

  @ProvidesIntoSet
  BackgroundService pollerLoop(OrderPoller poller) {
    return new RepeatingService(poller.loop());
  }

  @Provides
  @Singleton
  InboxWorker inboxWorker(Inbox inbox, OrderEventHandler handler, StopSignal stop) {
    return new InboxWorker(inbox, handler, WORKER_INTERVAL, stop);
  }

  @Provides
  @Singleton
  OrderPoller orderPoller(
      OrderSearch search,
      IssueFeed feed,
      Checkpoints checkpoints,
      OrdersConfig orders,
      Clock clock) {
    return new OrderPoller(search, feed, checkpoints, orders.jql(), clock, orders.pollInterval());
  }
}
