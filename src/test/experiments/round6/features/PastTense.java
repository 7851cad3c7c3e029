package org.learningoffice.classify;

import java.util.List;
import java.util.Set;

/**
 * How much of a text is told in the past tense: the share of its words that are past forms (a
 * regular "-ed" form or a common irregular one). A lesson drawn from what happened in an order is
 * told more in the past than a preparation aimed at orders to come (taxonomy.md, direction).
 */
public final class PastTense {

  /** Common irregular past forms that are not also present forms (no "read", "put", "set"). */
  private static final Set<String> IRREGULAR =
      Set.of(
          "was", "were", "had", "did", "made", "took", "went", "came", "got", "found", "lost",
          "sent", "gave", "told", "saw", "knew", "thought", "brought", "bought", "built", "paid",
          "left", "kept", "held", "ran", "began", "broke", "chose", "drew", "fell", "felt",
          "forgot", "led", "meant", "met", "said", "sold", "spent", "stood", "stuck", "taught",
          "understood", "won", "wrote", "became", "caught");

  /** Share of past forms among the words, 0 for no words. */
  public double share(List<String> words) {
    if (words.isEmpty()) {
      return 0.0;
    }
    long past = words.stream().filter(PastTense::isPast).count();
    return (double) past / words.size();
  }

  static boolean isPast(String word) {
    return (word.length() > 3 && word.endsWith("ed")) || IRREGULAR.contains(word);
  }
}
