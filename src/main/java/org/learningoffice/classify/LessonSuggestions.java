package org.learningoffice.classify;

/** What the form shows while a lesson is written: facet suggestions and earlier similar lessons. */
public record LessonSuggestions(Classification classification, RecurrenceFinding recurrence) {}
