package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds vocabulary phrases in a lesson's stems, so inflections ("tried", "trying") match. */
public final class CueMatcher {

  private record Phrase(List<String> stems, Cue cue) {}

  private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();

  public CueMatcher(Vocabulary vocabulary, Tokenizer tokenizer) {
    for (Cue cue : vocabulary.entries()) {
      List<String> stems = tokenizer.stems(cue.phrase());
      if (!stems.isEmpty()) {
        byFirstStem
            .computeIfAbsent(stems.get(0), s -> new ArrayList<>())
            .add(new Phrase(stems, cue));
      }
    }
  }

  /** Every phrase occurrence, in text order. */
  public List<Cue> find(List<String> stems) {
    List<Cue> found = new ArrayList<>();
    for (int i = 0; i < stems.size(); i++) {
      for (Phrase phrase : byFirstStem.getOrDefault(stems.get(i), List.of())) {
        if (matchesAt(stems, i, phrase.stems())) {
          found.add(phrase.cue());
        }
      }
    }
    return found;
  }

  private static boolean matchesAt(List<String> stems, int start, List<String> phrase) {
    if (start + phrase.size() > stems.size()) {
      return false;
    }
    for (int j = 1; j < phrase.size(); j++) {
      if (!stems.get(start + j).equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }
}
