package org.learningoffice.lesson;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import org.learningoffice.classify.EarlierLessons;
import org.learningoffice.classify.LabelledLessonSource;

/**
 * Binds the lesson repository and the classifier's store-backed edges: person-confirmed lessons as
 * training data and earlier lessons for recurrence. (The {@code classify} command keeps its
 * in-memory edges and needs no database.)
 */
public final class LessonModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(LessonRepository.class).in(Singleton.class);
    bind(LabelledLessonSource.class).to(StoredLabelledLessons.class).in(Singleton.class);
    bind(EarlierLessons.class).to(StoredEarlierLessons.class).in(Singleton.class);
  }
}
