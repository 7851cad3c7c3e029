package org.learningoffice.classify;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A classification with the version of the stored model that made it.
 *
 * @param classification the suggestions
 * @param modelVersion the model's version in the store; empty when no stored model made them (the
 *     rules alone)
 */
public record VersionedClassification(Classification classification, OptionalInt modelVersion) {

  public VersionedClassification {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(modelVersion, "modelVersion");
  }
}
