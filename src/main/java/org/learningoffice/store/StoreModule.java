package org.learningoffice.store;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.order.Inbox;
import org.learningoffice.outbox.Outbox;

/** Binds the database and the queue tables built on it. */
public final class StoreModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(RetrySchedule.class).toInstance(RetrySchedule.DEFAULT);
  }

  @Provides
  @Singleton
  Database database(StoreConfig config) {
    return Database.open(config);
  }

  @Provides
  @Singleton
  Inbox inbox(Database database, Clock clock, RetrySchedule retries) {
    return new Inbox(database, clock, retries);
  }

  @Provides
  @Singleton
  Outbox outbox(Database database, Clock clock, RetrySchedule retries) {
    return new Outbox(database, clock, retries);
  }

  @Provides
  @Singleton
  Checkpoints checkpoints(Database database, Clock clock) {
    return new Checkpoints(database, clock);
  }
}
