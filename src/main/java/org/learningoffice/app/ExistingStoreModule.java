package org.learningoffice.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.store.Database;

/**
 * Binds a database that must already exist (see {@link Database#openExisting}), for the commands
 * that only read the store: overrides the store module's database, which creates one.
 */
final class ExistingStoreModule extends AbstractModule {
  @Provides
  @Singleton
  Database database(StoreConfig config) {
    return Database.openExisting(config);
  }
}
