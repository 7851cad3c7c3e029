package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.learningoffice.classify.EarlierLesson;
import org.learningoffice.classify.EarlierLessons;

/** Earlier lessons for recurrence, from the store; identified by their public id. */
public final class StoredEarlierLessons implements EarlierLessons {
  private final LessonRepository lessons;

  @Inject
  public StoredEarlierLessons(LessonRepository lessons) {
    this.lessons = lessons;
  }

  @Override
  public List<EarlierLesson> capturedBetween(Instant from, Instant to) {
    return lessons.capturedBetween(from, to).stream()
        .map(l -> new EarlierLesson(l.publicId(), l.orderId(), l.title(), l.text(), l.createdAt()))
        .toList();
  }
}
