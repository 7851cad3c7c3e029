package org.learningoffice.capture;

import org.learningoffice.classify.FacetSuggestion;
import org.learningoffice.web.HtmlTemplates;

/**
 * The line the form shows under a facet for the classifier's suggestion, for the rendered page and
 * the script's live update alike: "Suggested: Front office (43% sure) — words: too late. Not sure
 * enough to pre-select." Each sentence ends with a full stop, whatever the explanation ends with.
 */
final class SuggestionHint {
  private SuggestionHint() {}

  static String of(FacetSuggestion<?> suggestion) {
    return "Suggested: "
        + HtmlTemplates.label(suggestion.label())
        + " ("
        + shownPercent(suggestion.confidence())
        + "% sure) — "
        + sentence(suggestion.explanation())
        + (suggestion.preselect() ? "" : " Not sure enough to pre-select.");
  }

  /** Confidence as the form shows it: never "100 % sure", a person may always know better. */
  static long shownPercent(double confidence) {
    return Math.min(99, Math.round(confidence * 100));
  }

  /** The explanation (a phrase without its full stop) closed as a sentence. */
  private static String sentence(String explanation) {
    String text = explanation.strip();
    return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
  }
}
