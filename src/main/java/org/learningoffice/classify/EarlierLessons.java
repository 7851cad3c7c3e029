package org.learningoffice.classify;

import java.time.Instant;
import java.util.List;

/** Lessons captured in a time window, for recurrence. */
public interface EarlierLessons {

  /** Lessons captured at or after {@code from} and before {@code to}. */
  List<EarlierLesson> capturedBetween(Instant from, Instant to);
}
