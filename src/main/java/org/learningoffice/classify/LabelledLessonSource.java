package org.learningoffice.classify;

import java.util.List;

/** Lessons whose facets a person confirmed or corrected on the form: training data. */
public interface LabelledLessonSource {

  /** Every confirmed or corrected lesson, oldest first. */
  List<LabelledLesson> confirmed();

  /** How many there are; stores may answer this without loading them. */
  default int countConfirmed() {
    return confirmed().size();
  }
}
