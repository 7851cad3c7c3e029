package org.learningoffice.lesson;

/**
 * An earlier lesson recorded as saying much the same as another (row of {@code lesson_similar}).
 */
public record SimilarEarlier(String publicId, String title, double score) {}
