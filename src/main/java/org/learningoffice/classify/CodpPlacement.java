package org.learningoffice.classify;

import org.learningoffice.taxonomy.Unit;

/** Which side of the customer order decoupling point a stage falls on, and why. */
public record CodpPlacement(Unit unit, String explanation) {}
