package org.learningoffice.classify;

import java.util.List;
import java.util.Optional;

/**
 * A lesson turned into model inputs.
 *
 * @param context feature names for the learned models (words, stems, bigrams, order context)
 * @param cues vocabulary phrases found in the text
 * @param codp the CODP rule's placement of the stage, if it has one
 */
public record LessonFeatures(List<String> context, List<Cue> cues, Optional<CodpPlacement> codp) {

  public LessonFeatures {
    context = List.copyOf(context);
    cues = List.copyOf(cues);
  }

  /** The context as the array the models take. */
  public String[] contextArray() {
    return context.toArray(String[]::new);
  }
}
