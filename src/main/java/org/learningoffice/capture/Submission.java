package org.learningoffice.capture;

import java.util.List;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.SimilarEarlier;
import org.learningoffice.order.StoredOrder;

/** The outcome of submitting the form: the lesson stored, or the form back with its problems. */
sealed interface Submission {

  /**
   * Stored, with the earlier lessons like it; {@code before} when an earlier submission of the same
   * lesson had stored it and this one stored nothing.
   */
  record Stored(
      String token, StoredOrder order, Lesson lesson, List<SimilarEarlier> similar, boolean before)
      implements Submission {
    public Stored {
      similar = List.copyOf(similar);
    }
  }

  /** Not stored: the form again with a message per wrong field and the values as entered. */
  record Rejected(FormPage page) implements Submission {}
}
