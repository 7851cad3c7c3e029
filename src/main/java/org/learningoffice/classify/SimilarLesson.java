package org.learningoffice.classify;

/**
 * An earlier lesson that says much the same, with the store id of its order and its TF-IDF cosine
 * similarity.
 */
public record SimilarLesson(String id, long orderId, String title, double similarity) {}
