package org.learningoffice.classify;

import java.util.OptionalInt;

/**
 * What the form shows while a lesson is written: facet suggestions and earlier similar lessons.
 *
 * @param modelVersion the version of the stored model that made {@code classification}; empty when
 *     the rules alone did
 */
public record LessonSuggestions(
    Classification classification, RecurrenceFinding recurrence, OptionalInt modelVersion) {}
