package org.learningoffice.classify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the short reason shown next to a suggestion: the CODP rule, the words that moved the
 * decision, or what else it rests on.
 */
public final class ExplanationWriter {

  private static final int MAX_WORDS = 4;

  /** Why {@code label} was suggested for {@code facet}, from the vocabulary's cue words. */
  public String explain(Facet facet, String label, LessonFeatures features) {
    return explain(facet, label, features, List.of());
  }

  /**
   * Why {@code label} was suggested for {@code facet}.
   *
   * @param decidingWords words of the lesson a model weighed most for the label, strongest first;
   *     the vocabulary's cue words are named when there are none
   */
  public String explain(
      Facet facet, String label, LessonFeatures features, List<String> decidingWords) {
    Optional<CodpPlacement> codp = features.codp();
    if (facet == Facet.UNIT && codp.isPresent() && codp.get().unit().name().equals(label)) {
      return codp.get().explanation();
    }
    Set<String> words = new LinkedHashSet<>(decidingWords);
    for (Cue cue : features.cues()) {
      boolean said =
          words.stream().anyMatch(w -> w.contains(cue.phrase()) || cue.phrase().contains(w));
      if (cue.facet() == facet && cue.label().equals(label) && words.size() < MAX_WORDS && !said) {
        words.add(cue.phrase());
      }
    }
    String reason =
        words.isEmpty()
            ? "no single word decided it: the wording as a whole"
            : "words: " + String.join(", ", words);
    if (facet == Facet.UNIT && codp.isPresent()) {
      return reason + " (although " + codp.get().explanation() + ")";
    }
    return reason;
  }

  /** Explanation for a classifier that has nothing to go on. */
  public String noEvidence(List<String> labels) {
    return "no evidence; most common of " + String.join("/", labels);
  }
}
