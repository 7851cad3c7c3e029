package org.learningoffice.capture;

import java.util.Optional;
import java.util.OptionalDouble;
import org.learningoffice.classify.FacetSuggestion;
import org.learningoffice.lesson.FacetChoice;

/**
 * Decides who set a facet. The classifier did when the field was left empty (its label is kept) or
 * holds its untouched pre-selection for the submitted text; a person did when they changed the
 * pre-selection or chose a value where nothing was pre-selected.
 */
final class FacetChooser {
  private FacetChooser() {}

  static <T extends Enum<T>> FacetChoice<T> choose(
      Optional<T> submitted, FacetSuggestion<T> suggestion) {
    if (submitted.isEmpty() || submitted.equals(suggestion.preselected())) {
      return FacetChoice.byClassifier(suggestion.label(), suggestion.confidence());
    }
    T value = submitted.get();
    OptionalDouble confidence =
        value == suggestion.label()
            ? OptionalDouble.of(suggestion.confidence())
            : OptionalDouble.empty();
    return FacetChoice.byPerson(value, confidence);
  }
}
