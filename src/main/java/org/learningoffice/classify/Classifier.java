package org.learningoffice.classify;

/** Suggests unit, type and direction of a lesson, each with a confidence and an explanation. */
public interface Classifier {

  /** Classifies one lesson; never fails on odd text (empty, long, HTML, other languages). */
  Classification classify(LessonInput input);
}
