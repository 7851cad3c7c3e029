package org.learningoffice.classify;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Binds the classifier's edges to in-memory versions: for tests and the command line. */
public final class InMemoryClassifyEdgesModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(LabelledLessonSource.class).to(InMemoryLabelledLessonSource.class);
    bind(InMemoryLabelledLessonSource.class).in(Singleton.class);
    bind(ClassifierModelStore.class).to(InMemoryClassifierModelStore.class);
    bind(InMemoryClassifierModelStore.class).in(Singleton.class);
    bind(EarlierLessons.class).to(InMemoryEarlierLessons.class);
    bind(InMemoryEarlierLessons.class).in(Singleton.class);
  }
}
