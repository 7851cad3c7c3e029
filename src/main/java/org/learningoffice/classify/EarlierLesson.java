package org.learningoffice.classify;

import java.time.Instant;

/** A lesson captured before, as recurrence needs it. */
public record EarlierLesson(String id, String title, String text, Instant capturedAt) {}
