package org.learningoffice.classify;

/** An earlier lesson that says much the same, with its TF-IDF cosine similarity. */
public record SimilarLesson(String id, String title, double similarity) {}
