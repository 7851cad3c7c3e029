package org.learningoffice.store;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.learningoffice.config.StoreConfig;

/** Binds the database, the retry schedule its queue tables share, and the checkpoints. */
public final class StoreModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(RetrySchedule.class).toInstance(RetrySchedule.DEFAULT);
    bind(Checkpoints.class).in(Singleton.class);
  }

  @Provides
  @Singleton
  Database database(StoreConfig config) {
    return Database.open(config);
  }
}
