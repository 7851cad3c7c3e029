package org.learningoffice.classify;

/** Which side of the customer order decoupling point a stage falls on, and why. */
public record CodpPlacement(Unit unit, String explanation) {}
