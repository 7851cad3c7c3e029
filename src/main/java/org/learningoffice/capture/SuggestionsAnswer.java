package org.learningoffice.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningoffice.classify.FacetSuggestion;
import org.learningoffice.classify.LessonSuggestions;
import org.learningoffice.classify.SimilarLesson;

/**
 * The JSON of live suggestions, the same for the form's script and the Forge issue panel: per facet
 * its label, confidence, explanation, whether to preselect it and the hint line the form shows for
 * it ({@link SuggestionHint}); the recurrence and the titles of similar earlier lessons.
 */
final class SuggestionsAnswer {
  private SuggestionsAnswer() {}

  /**
   * The answer to {@code request}: its suggestions, or none at all while neither title nor text is
   * written (as the rendered form shows no hint then).
   */
  static Map<String, Object> to(
      SuggestRequest request, LessonSuggestions suggestions, boolean rulesOnly) {
    return request.nothingWritten() ? nothingWritten(rulesOnly) : of(suggestions, rulesOnly);
  }

  private static Map<String, Object> of(LessonSuggestions suggestions, boolean rulesOnly) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("unit", facet(suggestions.classification().unit()));
    answer.put("type", facet(suggestions.classification().type()));
    answer.put("direction", facet(suggestions.classification().direction()));
    answer.put("recurrence", suggestions.recurrence().recurrence().name());
    List<String> similar =
        suggestions.recurrence().similar().stream().map(SimilarLesson::title).toList();
    answer.put("similar", similar);
    answer.put("rulesOnly", rulesOnly);
    return answer;
  }

  /**
   * The answer for a lesson with neither title nor text: no facet at all (as the rendered form
   * shows no hint for it), no similar lessons.
   */
  private static Map<String, Object> nothingWritten(boolean rulesOnly) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("similar", List.of());
    answer.put("rulesOnly", rulesOnly);
    return answer;
  }

  private static Map<String, Object> facet(FacetSuggestion<?> s) {
    Map<String, Object> facet = new LinkedHashMap<>();
    facet.put("label", s.label().name());
    facet.put("confidence", s.confidence());
    facet.put("explanation", s.explanation());
    facet.put("preselect", s.preselect());
    facet.put("hint", SuggestionHint.of(s));
    return facet;
  }
}
