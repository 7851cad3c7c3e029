package org.learningoffice.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;

/**
 * A lesson to store: everything of a {@link Lesson} except what the store gives it (row id, public
 * id, time), plus the submission key that makes a repeated form submission store it once and the
 * earlier lessons that say much the same.
 */
public record NewLesson(
    long orderId,
    String submissionKey,
    String title,
    String text,
    Optional<Stage> stage,
    FacetChoice<Unit> unit,
    FacetChoice<LessonType> type,
    FacetChoice<Direction> direction,
    Timing timing,
    Recurrence recurrence,
    Optional<String> proposedAction,
    String author,
    OptionalInt modelVersion,
    List<Similar> similar) {

  /** An earlier lesson (by public id) that says much the same, with its similarity. */
  public record Similar(String publicId, double score) {
    public Similar {
      Objects.requireNonNull(publicId, "publicId");
    }
  }

  public NewLesson {
    Objects.requireNonNull(submissionKey, "submissionKey");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(recurrence, "recurrence");
    Objects.requireNonNull(proposedAction, "proposedAction");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(modelVersion, "modelVersion");
    similar = List.copyOf(similar);
  }

  /** Whether a person set at least one predicted facet: such a lesson is training data. */
  public boolean confirmedByPerson() {
    return unit.setBy() == SetBy.PERSON
        || type.setBy() == SetBy.PERSON
        || direction.setBy() == SetBy.PERSON;
  }
}
