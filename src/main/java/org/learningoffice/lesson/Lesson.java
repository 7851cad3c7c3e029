package org.learningoffice.lesson;

import java.time.Instant;
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
 * A stored lesson (one row of {@code lessons}): what a person wrote about an order, with every
 * facet of taxonomy.md and who set it. Text is kept verbatim; every rendering escapes it.
 */
public record Lesson(
    long id,
    String publicId,
    long orderId,
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
    Instant createdAt) {

  public Lesson {
    Objects.requireNonNull(publicId, "publicId");
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
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
