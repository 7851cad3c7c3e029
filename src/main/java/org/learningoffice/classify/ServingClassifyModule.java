package org.learningoffice.classify;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import org.learningoffice.config.ClassifyConfig;
import org.learningoffice.lifecycle.BackgroundService;

/**
 * The classifier as the running service uses it: {@link ClassifyModule} with models versioned in
 * the database, trained in the background at start ({@link ClassifierTraining}) and answering from
 * the rules until then ({@link RulesUntilTrainedClassifier}), and the recurrence window read at
 * start ({@link RecurrenceWindowLoading}). The lesson edges (training data, earlier lessons) come
 * from the lesson feature's module.
 */
public final class ServingClassifyModule extends AbstractModule {
  private final ClassifyConfig config;

  public ServingClassifyModule(ClassifyConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    install(
        Modules.override(new ClassifyModule(config))
            .with(binder -> binder.bind(Classifier.class).to(RulesUntilTrainedClassifier.class)));
    bind(RulesUntilTrainedClassifier.class).in(Singleton.class);
    bind(ClassifierModelStore.class).to(DatabaseClassifierModelStore.class).in(Singleton.class);
    bind(ClassifierTraining.class).in(Singleton.class);
    Multibinder<BackgroundService> background =
        Multibinder.newSetBinder(binder(), BackgroundService.class);
    background.addBinding().to(ClassifierTraining.class);
    background.addBinding().to(RecurrenceWindowLoading.class);
  }
}
