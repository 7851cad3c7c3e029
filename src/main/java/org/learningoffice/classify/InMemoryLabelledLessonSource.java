package org.learningoffice.classify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Confirmed lessons held in memory: for tests and the command line. */
public final class InMemoryLabelledLessonSource implements LabelledLessonSource {

  private final List<LabelledLesson> lessons = new CopyOnWriteArrayList<>();

  /** Records a lesson whose facets a person confirmed or corrected. */
  public void add(LabelledLesson lesson) {
    lessons.add(lesson);
  }

  @Override
  public List<LabelledLesson> confirmed() {
    return List.copyOf(lessons);
  }
}
