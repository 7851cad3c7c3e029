package org.learningoffice.lesson;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One predicted facet of a lesson as stored: the value, who set it and, when the classifier
 * suggested it, its confidence in [0, 1].
 */
public record FacetChoice<T extends Enum<T>>(T value, SetBy setBy, OptionalDouble confidence) {
  public FacetChoice {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(setBy, "setBy");
    Objects.requireNonNull(confidence, "confidence");
    if (confidence.isPresent() && (confidence.getAsDouble() < 0 || confidence.getAsDouble() > 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  /** A value a person chose on the form, with the classifier's confidence if it had one. */
  public static <T extends Enum<T>> FacetChoice<T> byPerson(T value, OptionalDouble confidence) {
    return new FacetChoice<>(value, SetBy.PERSON, confidence);
  }

  /** The classifier's suggestion, kept because nobody changed it. */
  public static <T extends Enum<T>> FacetChoice<T> byClassifier(T value, double confidence) {
    return new FacetChoice<>(value, SetBy.CLASSIFIER, OptionalDouble.of(confidence));
  }
}
