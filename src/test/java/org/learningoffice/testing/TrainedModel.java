package org.learningoffice.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import java.time.Clock;
import org.learningoffice.classify.ClassifierModelStore;
import org.learningoffice.classify.ClassifierService;
import org.learningoffice.classify.ClassifyModule;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.DatabaseClassifierModelStore;
import org.learningoffice.classify.InMemoryClassifyEdgesModule;
import org.learningoffice.classify.StoredModel;
import org.learningoffice.store.Database;

/**
 * A classifier model trained on the bundled lessons once per test JVM, for application tests that
 * are not about training: seeded into their database, the service loads it at start instead of
 * training for seconds in every test.
 */
public final class TrainedModel {
  private TrainedModel() {}

  /** Stores the model as version 1 of {@code database}'s model store. */
  public static void seed(Database database) {
    new DatabaseClassifierModelStore(database, new ObjectMapper()).save(Holder.MODEL);
  }

  /** Trained on first use (class initialisation is lazy and thread-safe). */
  private static final class Holder {
    private static final StoredModel MODEL = train();

    private static StoredModel train() {
      var injector =
          Guice.createInjector(
              new ClassifyModule(ClassifySettings.defaults()),
              new InMemoryClassifyEdgesModule(),
              binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()));
      injector.getInstance(ClassifierService.class).start();
      return injector.getInstance(ClassifierModelStore.class).latest().orElseThrow();
    }
  }
}
