package org.learningoffice.classify;

import java.time.Instant;

/**
 * A lesson captured before, as recurrence needs it.
 *
 * @param id the lesson's public id
 * @param orderId the store id of the order it was captured on
 * @param title its title
 * @param text its text
 * @param capturedAt when it was captured
 */
public record EarlierLesson(
    String id, long orderId, String title, String text, Instant capturedAt) {}
