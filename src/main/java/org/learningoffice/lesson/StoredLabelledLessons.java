package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.util.List;
import org.learningoffice.classify.FacetLabels;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.classify.LabelledLessonSource;
import org.learningoffice.classify.LessonInput;

/**
 * Training data from the store: lessons where a person set at least one facet on the form. The
 * classifier adds its bundled lessons to these itself ({@code ClassifierService}).
 */
public final class StoredLabelledLessons implements LabelledLessonSource {
  private final LessonRepository lessons;

  @Inject
  public StoredLabelledLessons(LessonRepository lessons) {
    this.lessons = lessons;
  }

  @Override
  public List<LabelledLesson> confirmed() {
    return lessons.confirmedByPerson().stream().map(StoredLabelledLessons::labelled).toList();
  }

  @Override
  public int countConfirmed() {
    return lessons.countConfirmedByPerson();
  }

  private static LabelledLesson labelled(LessonInOrder stored) {
    Lesson lesson = stored.lesson();
    return new LabelledLesson(
        lesson.publicId(),
        new LessonInput(
            lesson.title(),
            lesson.text(),
            lesson.stage(),
            stored.strategy(),
            stored.priorityClass()),
        new FacetLabels(lesson.unit().value(), lesson.type().value(), lesson.direction().value()));
  }
}
