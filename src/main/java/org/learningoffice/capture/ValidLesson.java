package org.learningoffice.capture;

import java.util.Optional;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Unit;

/** A submitted lesson that passed validation; empty facets are left to the classifier. */
record ValidLesson(
    String title,
    String text,
    Optional<Stage> stage,
    Optional<Unit> unit,
    Optional<LessonType> type,
    Optional<Direction> direction,
    Optional<String> action,
    String author) {}
