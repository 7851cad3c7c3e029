package org.learningoffice.classify;

/** A vocabulary phrase found in a lesson, hinting at one label of one facet. */
public record Cue(Facet facet, String label, String phrase) {}
