package org.learningoffice.digest;

import java.time.Instant;
import java.util.Optional;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;

/** A lesson as the digest shows it, with its order. Text is verbatim: renderers escape it. */
public record DigestLesson(
    long id,
    String title,
    String text,
    Unit unit,
    LessonType type,
    Direction direction,
    Timing timing,
    Recurrence recurrence,
    Optional<Stage> stage,
    Optional<String> proposedAction,
    String author,
    Instant createdAt,
    OrderRef order) {}
