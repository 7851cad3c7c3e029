package org.learningoffice.outbox;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.RepeatingService;
import org.learningoffice.lifecycle.StopSignal;
import org.learningoffice.web.QueueTable;

/**
 * Binds the outbox worker as a {@link BackgroundService}, with the (possibly empty) map of handlers
 * by job kind and the set of failure classifiers that features add to.
 */
public final class OutboxModule extends AbstractModule {
  private static final int BATCH = 20;
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  @Override
  protected void configure() {
    MapBinder.newMapBinder(binder(), String.class, OutboxJobHandler.class);
    Multibinder.newSetBinder(binder(), FailureClassifier.class);
    bind(Outbox.class).in(Singleton.class);
    Multibinder.newSetBinder(binder(), QueueTable.class).addBinding().to(Outbox.class);
  }

  @ProvidesIntoSet
  BackgroundService outboxLoop(OutboxWorker worker) {
    return new RepeatingService(worker.loop());
  }

  @Provides
  @Singleton
  OutboxWorker outboxWorker(
      Outbox outbox,
      Map<String, OutboxJobHandler> handlers,
      Set<FailureClassifier> classifiers,
      Clock clock,
      StopSignal stop,
      StoreConfig store) {
    // a lease owner unique to this process, so fencing tells instances (and restarts) apart
    String owner = "outbox-" + UUID.randomUUID();
    return new OutboxWorker(
        outbox,
        handlers,
        classifiers,
        clock,
        new OutboxWorker.Settings(owner, BATCH, store.outboxLease(), INTERVAL),
        stop);
  }
}
