package org.learningoffice.classify;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Earlier lessons held in memory: for tests and the command line. */
public final class InMemoryEarlierLessons implements EarlierLessons {

  private final List<EarlierLesson> lessons = new CopyOnWriteArrayList<>();

  /** Records a captured lesson. */
  public void add(EarlierLesson lesson) {
    lessons.add(lesson);
  }

  @Override
  public List<EarlierLesson> capturedBetween(Instant from, Instant to) {
    return lessons.stream()
        .filter(l -> !l.capturedAt().isBefore(from) && l.capturedAt().isBefore(to))
        .toList();
  }
}
