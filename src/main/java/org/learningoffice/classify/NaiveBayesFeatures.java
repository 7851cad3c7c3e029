package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain baseline's features: the lesson's words and word bigrams (title and text apart), its
 * strategy, its stage and the CODP rule's side, one entry per occurrence.
 */
public final class NaiveBayesFeatures {

  private final Tokenizer tokenizer;
  private final CodpRule codpRule;

  public NaiveBayesFeatures(Tokenizer tokenizer, CodpRule codpRule) {
    this.tokenizer = tokenizer;
    this.codpRule = codpRule;
  }

  /** Features with repeats: a word written twice counts twice. */
  public List<String> extract(LessonInput input) {
    List<String> features = new ArrayList<>();
    addWords(tokenizer.words(input.title()), features);
    addWords(tokenizer.words(input.text()), features);
    features.add("strategy=" + input.strategy());
    features.add("stage=" + input.stage().map(Enum::name).orElse("NONE"));
    features.add(
        "codp="
            + codpRule
                .place(input.stage(), input.strategy())
                .map(p -> p.unit().name())
                .orElse("NONE"));
    return features;
  }

  private static void addWords(List<String> words, List<String> features) {
    for (int i = 0; i < words.size(); i++) {
      features.add("w=" + words.get(i));
      if (i + 1 < words.size()) {
        features.add("b=" + words.get(i) + " " + words.get(i + 1));
      }
    }
  }
}
